# 615-vxlan-flannel: the flannel vxlan backend between two hosts: static FDB and neighbours, onlink routes
# Pins down: a vxlan with nolearning and fixed MACs, bridge fdb append of the peer VTEP's MAC with its
# host address, ip neigh add ... nud permanent on the vxlan, routes "via PEER-VTEP dev flannel.1 onlink",
# pods behind a cni0 bridge on each host reaching each other across the tunnel (TTL down by the two hosts),
# nothing learned (bridge fdb shows only what was added), a frame for an unknown MAC dropped (no default).
ip netns add node1
ip netns add node2
ip netns add pod1
ip netns add pod2
ip link add eth0 netns node1 type veth peer name eth0 netns node2
ip netns exec node1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 net.ipv4.ip_forward=1
ip netns exec node2 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 net.ipv4.ip_forward=1
ip netns exec pod1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec pod2 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec node1 ip addr add 192.168.3.11/24 dev eth0
ip netns exec node2 ip addr add 192.168.3.12/24 dev eth0
ip netns exec node1 ip link set eth0 up
ip netns exec node2 ip link set eth0 up
ip netns exec node1 ip link add flannel.1 address 02:aa:00:00:00:01 type vxlan id 1 local 192.168.3.11 dev eth0 dstport 8472 nolearning
ip netns exec node2 ip link add flannel.1 address 02:aa:00:00:00:02 type vxlan id 1 local 192.168.3.12 dev eth0 dstport 8472 nolearning
ip netns exec node1 ip addr add 10.244.0.0/32 dev flannel.1
ip netns exec node2 ip addr add 10.244.1.0/32 dev flannel.1
ip netns exec node1 ip link set flannel.1 up
ip netns exec node2 ip link set flannel.1 up
ip netns exec node1 bridge fdb append 02:aa:00:00:00:02 dev flannel.1 dst 192.168.3.12
ip netns exec node2 bridge fdb append 02:aa:00:00:00:01 dev flannel.1 dst 192.168.3.11
ip netns exec node1 ip neigh add 10.244.1.0 lladdr 02:aa:00:00:00:02 dev flannel.1 nud permanent
ip netns exec node2 ip neigh add 10.244.0.0 lladdr 02:aa:00:00:00:01 dev flannel.1 nud permanent
ip netns exec node1 ip route add 10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink
ip netns exec node2 ip route add 10.244.0.0/24 via 10.244.0.0 dev flannel.1 onlink
ip netns exec node1 ip link add cni0 type bridge
ip netns exec node2 ip link add cni0 type bridge
ip netns exec node1 ip addr add 10.244.0.1/24 dev cni0
ip netns exec node2 ip addr add 10.244.1.1/24 dev cni0
ip netns exec node1 ip link add veth1 type veth peer name eth0 netns pod1
ip netns exec node2 ip link add veth2 type veth peer name eth0 netns pod2
ip netns exec node1 ip link set veth1 master cni0
ip netns exec node2 ip link set veth2 master cni0
ip netns exec node1 ip link set veth1 up
ip netns exec node2 ip link set veth2 up
ip netns exec node1 ip link set cni0 up
ip netns exec node2 ip link set cni0 up
ip netns exec pod1 ip addr add 10.244.0.5/24 dev eth0
ip netns exec pod2 ip addr add 10.244.1.7/24 dev eth0
ip netns exec pod1 ip link set eth0 up
ip netns exec pod2 ip link set eth0 up
ip netns exec pod1 ip route add default via 10.244.0.1
ip netns exec pod2 ip route add default via 10.244.1.1
ping -q -c 2 -i 0.2 127.0.0.1 > /dev/null
ip netns exec node1 ip route
ip netns exec node1 ip -d link show flannel.1
ip netns exec pod1 ping -c 2 -i 0.2 10.244.1.7
ip netns exec pod1 ping -c 1 10.244.1.1
ip netns exec node1 ping -c 1 10.244.1.7
ip netns exec node1 bridge fdb show dev flannel.1
ip netns exec node2 bridge fdb show dev flannel.1
ip netns exec node1 ip neigh show dev flannel.1
ip netns exec node1 ip route get 10.244.1.7
ip netns exec node1 ip -s link show flannel.1
ip netns exec node1 ip neigh add 10.244.2.0 lladdr 02:aa:00:00:00:03 dev flannel.1 nud permanent
ip netns exec node1 ip route add 10.244.2.0/24 via 10.244.2.0 dev flannel.1 onlink
ip netns exec node1 ping -c 1 -W 1 10.244.2.9
ip netns exec node1 ip -s link show flannel.1
