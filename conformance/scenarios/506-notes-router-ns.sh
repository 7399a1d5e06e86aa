
# 506-notes-router-ns: seed 000 "不同网段连接示例" (ns_router), verbatim
# Pins down: the notes' commands in their order (three namespaces, two veth pairs, addresses,
# default routes with `dev`); the block has no test, so (additions, not in the notes) the
# router's near address answers, the far side is silently lost while ns_router does not
# forward, the notes' alternative specific routes (commented out there) added next to the
# default routes, then forwarding on: ttl 63 both ways.
ip netns add ns1
ip netns add ns2
ip netns add ns_router
ip link add dev my_veth0 type veth peer name my_veth0_peer
ip link set my_veth0 netns ns1
ip link set my_veth0_peer netns ns_router
ip link add dev my_veth1 type veth peer name my_veth1_peer
ip link set my_veth1 netns ns2
ip link set my_veth1_peer netns ns_router
ip netns exec ns1 ip addr add 192.168.1.2/24 dev my_veth0
ip netns exec ns_router ip addr add 192.168.1.3/24 dev my_veth0_peer
ip netns exec ns2 ip addr add 192.168.2.2/24 dev my_veth1
ip netns exec ns_router ip addr add 192.168.2.3/24 dev my_veth1_peer
ip netns exec ns1 ip link set dev my_veth0 up
ip netns exec ns_router ip link set dev my_veth0_peer up
ip netns exec ns2 ip link set dev my_veth1 up
ip netns exec ns_router ip link set dev my_veth1_peer up
ip netns exec ns1 ip route add default via 192.168.1.3 dev my_veth0
ip netns exec ns2 ip route add default via 192.168.2.3 dev my_veth1
# additions: what the block leads to
ip netns exec ns1 ping -c 3 192.168.1.3
ip netns exec ns1 ping -c 3 -W 1 192.168.2.2
ip netns exec ns1 ip route add 192.168.2.0/24 via 192.168.1.3 dev my_veth0
ip netns exec ns2 ip route add 192.168.1.0/24 via 192.168.2.3 dev my_veth1
ip netns exec ns1 ip route
ip netns exec ns_router sysctl -w net.ipv4.ip_forward=1
ip netns exec ns1 ping -c 3 192.168.2.2
ip netns exec ns2 ping -c 3 192.168.1.2
