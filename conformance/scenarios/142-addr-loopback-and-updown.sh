# 142-addr-loopback-and-updown: addresses on lo and on a device going down and up
# Pins down: more addresses on lo (127.0.0.2/8 is a secondary of 127.0.0.1/8, other 127/8
# prefixes are primaries, a loopback prefix route is "local" in table local, not a unicast
# route in main), deleting 127.0.0.1 from lo (promotion off) and lo down/up re-adding
# 127.0.0.1; a non-127 address on lo; on a veth: only the local route while DOWN, the
# prefix and broadcast routes appear on UP (linkdown without carrier) and go on DOWN while
# the addresses stay; addresses added while DOWN and deleted while DOWN.
ip addr add 127.0.0.2/8 dev lo
ip addr add 127.1.0.1/16 dev lo
ip addr add 10.200.0.1/32 dev lo
ip addr add 10.201.0.1/24 dev lo
ip -4 addr show dev lo
ip route show table local dev lo
ip route show dev lo
ip addr del 127.0.0.1/8 dev lo
ip -4 addr show dev lo
ip route show table local dev lo
ip link set lo down
ip -4 addr show dev lo
ip link set lo up
ip -4 addr show dev lo
ip route show table local dev lo
ip link add veth0 type veth peer name veth1
ip addr add 10.1.0.1/24 dev veth0
ip addr add 10.1.0.2/24 dev veth0
ip addr add 10.2.0.1/24 brd + dev veth0
ip route show table all dev veth0
ip link set veth0 up
ip route show table all dev veth0
ip link set veth1 up
# settle: carrier/operstate/qdisc changes are applied by the kernel's link watcher,
# asynchronously; give it 0.2 s
ping -q -c 2 -i 0.2 127.0.0.1
ip -4 route show table all dev veth0
ip link set veth0 down
ip -4 route show table all dev veth0
ip -4 addr show dev veth0
ip addr del 10.1.0.1/24 dev veth0
ip addr add 10.3.0.1/24 dev veth0
ip link set veth0 up
# settle: carrier/operstate/qdisc changes are applied by the kernel's link watcher,
# asynchronously; give it 0.2 s
ping -q -c 2 -i 0.2 127.0.0.1
ip -4 route show table all dev veth0
ip -4 addr show dev veth0
