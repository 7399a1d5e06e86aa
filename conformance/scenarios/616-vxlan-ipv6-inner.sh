# 616-vxlan-ipv6-inner: IPv6 inside a VXLAN over IPv4, with the hosts' own IPv6 chatter left on
# Pins down: the multicast IPv6 a device sends by itself (MLD reports, DAD, router solicitations) going
# to the default remote and teaching the far side this end's MAC, ping -6 between global addresses on the
# vxlan devices (neighbour discovery across the tunnel), ip -6 neigh on the vxlan, the FDB after it.
ip netns add h1
ip netns add h2
ip link add e1 netns h1 type veth peer name e2 netns h2
ip netns exec h1 ip addr add 10.0.0.1/24 dev e1
ip netns exec h2 ip addr add 10.0.0.2/24 dev e2
ip netns exec h1 ip link set e1 up
ip netns exec h2 ip link set e2 up
ip netns exec h1 ip link add vx0 type vxlan id 42 dstport 4789 remote 10.0.0.2 dev e1
ip netns exec h2 ip link add vx0 type vxlan id 42 dstport 4789 remote 10.0.0.1 dev e2
ip netns exec h1 ip -6 addr add fd00:42::1/64 dev vx0 nodad
ip netns exec h2 ip -6 addr add fd00:42::2/64 dev vx0 nodad
ip netns exec h1 ip link set vx0 up
ip netns exec h2 ip link set vx0 up
sleep 3
ip netns exec h1 bridge fdb show dev vx0
ip netns exec h2 bridge fdb show dev vx0
ip netns exec h1 ping -6 -c 2 -i 0.2 fd00:42::2
ip netns exec h1 ip -6 neigh show dev vx0 fd00:42::2
ip netns exec h1 ip -6 addr show dev vx0
ip netns exec h2 ping -6 -c 1 fd00:42::1
