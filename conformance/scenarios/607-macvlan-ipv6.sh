# 607-macvlan-ipv6: macvlans in namespaces with IPv6 on, link-local and global addresses
# Pins down: each macvlan's own link-local address (from its own MAC), DAD and neighbour discovery between
# bridge-mode macvlans and with the outside through the lower device, ping -6 both ways, the lower's
# multicast list in bridge fdb (its groups, then those of its open macvlans).
ip netns add ns1
ip netns add ns2
ip netns add out
ip link add eth0 type veth peer name p0 netns out
ip netns exec out ip -6 addr add fd00:7::fe/64 dev p0
ip netns exec out ip link set p0 up
ip link set eth0 up
ip link add m1 link eth0 type macvlan mode bridge
ip link add m2 link eth0 type macvlan mode bridge
ip link set m1 netns ns1
ip link set m2 netns ns2
ip netns exec ns1 ip -6 addr add fd00:7::1/64 dev m1
ip netns exec ns2 ip -6 addr add fd00:7::2/64 dev m2
ip netns exec ns1 ip link set m1 up
ip netns exec ns2 ip link set m2 up
sleep 3
ip netns exec ns1 ip -6 addr show dev m1
ip netns exec ns1 ping -6 -c 1 fd00:7::2
ip netns exec ns1 ping -6 -c 1 fd00:7::fe
ip netns exec out ping -6 -c 1 fd00:7::2
ip netns exec ns2 ip -6 neigh show dev m2 fd00:7::1
ip netns exec ns1 ip -6 route show dev m1
bridge fdb show dev eth0
