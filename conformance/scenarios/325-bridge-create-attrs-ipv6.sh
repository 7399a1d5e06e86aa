# 325-bridge-create-attrs-ipv6: a bridge created with its own address, and its IPv6 side
# Pins down: "ip link add br0 address MAC type bridge" keeps the address (and mtu/txqueuelen),
# which becomes the bridge id: the port state selection that follows leaves a port-less bridge
# without carrier (NO-CARRIER, DOWN) where a bridge with a random address has it (UNKNOWN); no
# link-local address or fe80::/64 route until a port forwards; then the EUI-64 link-local of the
# fixed MAC, ports without IPv6 addresses of their own, pings over the bridge, the learned FDB
# entry; a released port gets its own link-local.
ip link add br0 address 02:00:00:00:0b:01 mtu 1400 txqueuelen 500 type bridge
ip link show br0
ip link set br0 up
ip link show br0
ip link show br0
ip link show br0
sleep 1
ip link show br0
ip -6 addr
ip link add br1 type bridge
ip link set br1 up
sleep 1
ip link show br1
ip -6 addr show dev br0
ip -6 route show dev br0
ip link add v0 address 02:00:00:00:0b:02 type veth peer name v1 address 02:00:00:00:0b:03
ip link set v0 master br0
ip link set v0 up
ip link set v1 up
sleep 3
ip -6 addr show dev br0
ip -6 addr show dev v0
ip -6 route show dev br0
ip -6 route show dev v0
ip -6 route show table local dev v0
ip addr add 2001:db8::1/64 dev br0
ip -6 addr add 2001:db8::2/64 dev v1
sleep 3
ping -6 -c 1 -W 1 2001:db8::2
ip -6 neigh show dev br0 2001:db8::2
bridge fdb show br br0 dynamic
ip link set v0 nomaster
ip -6 addr show dev v0
sleep 3
ip -6 addr show dev v0
