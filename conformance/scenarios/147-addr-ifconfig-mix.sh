# 147-addr-ifconfig-mix: addresses set with ifconfig seen by ip, and the other way round
# Pins down: ifconfig DEV ADDR gives a classful prefix and a broadcast, ifconfig DEV:N ADDR
# adds a labelled address (a secondary when in the primary's subnet), ip addr labels
# visible as ifconfig aliases, ifconfig DEV:N down deletes that address, ifconfig DEV 0
# deletes the primary; ip addr del of an ifconfig address; netmask and broadcast changes.
ip link add veth0 type veth peer name veth1
ifconfig veth0 10.1.0.1
ip -4 addr show dev veth0
ifconfig veth0:1 10.1.0.2
ifconfig veth0:2 192.168.7.1 netmask 255.255.255.0
ip -4 addr show dev veth0
ip addr add 10.1.0.3/8 dev veth0 label veth0:ip
ifconfig veth0:ip
ifconfig veth0:1
ifconfig veth0:1 down
ip -4 addr show dev veth0
ifconfig veth0 netmask 255.255.0.0
ip -4 addr show dev veth0
ifconfig veth0 broadcast 10.1.255.254
ip -4 addr show dev veth0
ip addr del 192.168.7.1/24 dev veth0
ifconfig veth0:2
ifconfig veth0 0
ip -4 addr show dev veth0
