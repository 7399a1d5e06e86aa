# 208-pmtu-expiry: PMTU exceptions expire after mtu_expires (virtual time)
# Pins down: net.ipv4.route.mtu_expires set small: the exception shows a shrinking
# `expires Ns`, then disappears from ip route get / show cache, and a DF ping of the
# old size is again sent (and again answered with frag-needed); mtu_expires is read
# when the exception is created.
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
ip netns exec r ip link set dev rb mtu 1300
ip netns exec ns2 ip link set dev vb mtu 1300
ip netns exec ns1 sysctl -w net.ipv4.route.mtu_expires=3
ip netns exec ns1 ping -c 1 -W 1 -M do -s 1400 192.168.2.2
ip netns exec ns1 ip route show cache
ip netns exec ns1 ping -c 1 -W 1 -M do -s 1400 192.168.2.2
# settle: let the 3-second exception run out
ping -q -c 4 -i 1.2 127.0.0.1
ip netns exec ns1 ip route show cache
ip netns exec ns1 ip route get 192.168.2.2
ip netns exec ns1 ping -c 1 -W 1 -M do -s 1400 192.168.2.2
ip netns exec ns1 ip route get 192.168.2.2
