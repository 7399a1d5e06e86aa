# 127-addr-delete-routes: the routes that go when an address goes
# Pins down: deleting a device's last IPv4 address flushes every route through the device
# (static, gateway and blackhole-free device routes; fib_disable_ip), while routes remain as
# long as one address is left; routes whose preferred source (src) is a deleted address are
# flushed (fib_sync_down_addr) even on other devices; a local address shared by two devices
# keeps its local route until both are gone; ip addr flush with to/scope/label selection;
# deleting by label and by peer; the wildcard deletion of an address without a prefix.
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip link set veth0 up
ip link set veth1 up
ip link set veth2 up
ip link set veth3 up
# settle: carrier/operstate/qdisc changes are applied by the kernel's link watcher,
# asynchronously; give it 0.2 s
ping -q -c 2 -i 0.2 127.0.0.1
ip addr add 10.1.0.1/24 dev veth0
ip addr add 10.9.0.1/24 dev veth0
ip addr add 10.2.0.1/24 dev veth2
ip route add 10.50.0.0/16 dev veth0
ip route add 10.51.0.0/16 via 10.1.0.254
ip route add 10.52.0.0/16 dev veth2 src 10.1.0.1
ip route add 10.53.0.0/16 dev veth2 src 10.2.0.1
ip route add 10.54.0.0/16 dev veth0 metric 7
ip route
ip addr del 10.1.0.1/24 dev veth0
ip route
ip addr del 10.9.0.1/24 dev veth0
ip route
ip route show table local
ip addr add 10.2.0.1/24 dev veth3
ip addr del 10.2.0.1/24 dev veth2
ip route show table local
ip route
ip addr add 10.3.0.1/24 dev veth0 label veth0:a
ip addr add 10.3.0.2/24 dev veth0 label veth0:b
ip addr add 10.3.0.3/24 dev veth0 label veth0:a
ip addr add 10.4.0.1 peer 10.4.0.2 dev veth0
ip addr add 10.4.0.1 peer 10.4.0.3 dev veth0
ip -4 addr show dev veth0
ip addr del 10.4.0.1 peer 10.4.0.3 dev veth0
ip addr del dev veth0 label veth0:b
ip -4 addr show dev veth0
ip addr del 10.3.0.3 dev veth0
ip addr del 10.4.0.1/32 dev veth0
ip -4 addr show dev veth0
ip addr add 10.5.0.1/24 dev veth0
ip addr add 10.5.0.2/24 dev veth0 scope link
ip addr add 10.5.1.1/24 dev veth0 scope link
ip addr add 10.5.2.1/24 dev veth0 scope host
ip addr flush dev veth0 scope link
ip -4 addr show dev veth0
ip addr flush dev veth0 to 10.5.0.0/16
ip -4 addr show dev veth0
ip addr flush label veth0:a
ip -4 addr show dev veth0
ip addr flush dev veth0
ip addr flush dev veth0
ip route
