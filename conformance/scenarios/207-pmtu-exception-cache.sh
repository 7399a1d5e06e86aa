# 207-pmtu-exception-cache: PMTU exceptions in the route cache
# Pins down: frag-needed from the router creates an exception on the sender shown by
# `ip route get` and `ip route show cache` (`cache expires Ns mtu 1300`), per destination
# (a neighbour address on the same route has none), `ip route show cache DEST`, an
# exception whose MTU is below min_pmtu is clamped to min_pmtu (552) once min_pmtu is
# raised, `ip route flush cache` empties the list, the exception also bounds the router's
# own locally generated traffic.
ip netns add ns1
ip netns add ns2
ip netns add r
ip link add va type veth peer name ra
ip link add vb type veth peer name rb
ip link set va netns ns1
ip link set vb netns ns2
ip link set ra netns r
ip link set rb netns r
ip netns exec ns1 ip addr add 192.168.1.2/24 dev va
ip netns exec ns2 ip addr add 192.168.2.2/24 dev vb
ip netns exec r ip addr add 192.168.1.1/24 dev ra
ip netns exec r ip addr add 192.168.2.1/24 dev rb
ip netns exec ns1 ip link set va up
ip netns exec ns2 ip link set vb up
ip netns exec r ip link set ra up
ip netns exec r ip link set rb up
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec ns1 ip route add default via 192.168.1.1
ip netns exec ns2 ip route add default via 192.168.2.1
# settle: veth carrier via the link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ip netns exec ns2 ip addr add 192.168.2.3/24 dev vb
ip netns exec r ip link set dev rb mtu 1300
ip netns exec ns2 ip link set dev vb mtu 1300
ip netns exec ns1 ip route show cache
ip netns exec ns1 ping -c 1 -W 1 -M do -s 1400 192.168.2.2
ip netns exec ns1 ip route get 192.168.2.2
ip netns exec ns1 ip route get 192.168.2.3
ip netns exec ns1 ip route show cache
ip netns exec ns1 ip route show cache 192.168.2.2
ip netns exec ns1 ip route show cache 192.168.2.3
ip netns exec ns1 ping -c 1 -W 1 -M do -s 1272 192.168.2.2
ip netns exec ns1 ping -c 1 -W 1 -M do -s 1273 192.168.2.2
ip netns exec ns1 ping -c 1 -W 1 -M do -s 1400 192.168.2.3
ip netns exec ns1 ip route show cache
ip netns exec ns1 ip route flush cache
ip netns exec ns1 ip route show cache
ip netns exec ns1 ip route get 192.168.2.2
ip netns exec ns1 sysctl net.ipv4.route.min_pmtu net.ipv4.route.mtu_expires
ip netns exec r ip link set dev rb mtu 500
ip netns exec ns2 ip link set dev vb mtu 500
ip netns exec ns1 ping -c 1 -W 1 -M do -s 1000 192.168.2.2
ip netns exec ns1 ip route get 192.168.2.2
ip netns exec ns1 ping -c 1 -W 1 -M do -s 600 192.168.2.2
ip netns exec ns1 ip route flush cache
ip netns exec ns1 sysctl -w net.ipv4.route.min_pmtu=400
ip netns exec ns1 ping -c 1 -W 1 -M do -s 1000 192.168.2.2
ip netns exec ns1 ip route get 192.168.2.2
ip netns exec ns1 sysctl -w net.ipv4.route.min_pmtu=67
ip netns exec ns1 sysctl -w net.ipv4.route.min_pmtu=68
