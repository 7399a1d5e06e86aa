# 135-link-attrs: ip link set alias / address / broadcast / group / txqueuelen
# Pins down: alias (printed as "alias X" on its own line; "" removes it; sysfs ifalias),
# address changes (addr_assign_type 3, the bridge it is a port of, invalid and multicast
# MACs), broadcast changes (brd in the link line), group by number and by name (default 0),
# `ip link show group N` and `ip link set group N down` on every member, txqueuelen /
# txqlen / qlen; the values in -j output and in sysfs; argument errors.
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip link set veth0 alias "uplink to rack 4"
ip link show veth0
cat /sys/class/net/veth0/ifalias
ip -j link show veth0
ip link set veth0 alias ""
ip link show veth0
cat /sys/class/net/veth0/ifalias
ip link set veth1 address 02:00:00:00:01:01
ip link set veth1 address 03:00:00:00:01:01
ip link set veth1 address 00:00:00:00:00:00
ip link set veth1 address 02:00:00:00:01
ip link set veth1 address zz:00:00:00:01:01
ip link set veth1 broadcast 02:ff:ff:ff:ff:ff
ip link set veth1 brd 02:ff:ff:ff:ff:fe
ip link show veth1
cat /sys/class/net/veth1/address
cat /sys/class/net/veth1/broadcast
cat /sys/class/net/veth1/addr_assign_type
ip link set veth2 group 5
ip link set veth3 group 5
ip link set veth1 group default
ip link set veth0 group 4294967295
ip link show group 5
ip link show group 0
ip link show group default
ip -br link show group 5
cat /sys/class/net/veth2/netdev_group
ip link set group 5 up
ip -br link show group 5
ip link set veth2 group x
ip link show group x
ip link set veth2 txqueuelen 50
ip link set veth3 txqlen 60
ip link set veth0 qlen 70
ip link set veth2 txqueuelen -1
ip link set veth2 txqueuelen abc
ip link show veth2
cat /sys/class/net/veth3/tx_queue_len
ip -j link show veth0
ip link show
