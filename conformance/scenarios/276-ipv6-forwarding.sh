# 276-ipv6-forwarding: an IPv6 router namespace between two hosts
# Pins down: a host (all.forwarding 0, even with the device's forwarding 1) drops transit
# packets silently; all.forwarding 1 forwards with the hop limit one lower; hop limit 1 ->
# "Time exceeded: Hop limit" from the router's address facing the sender; no route, an
# unreachable or throw route -> "Destination unreachable: No route", prohibit ->
# "Administratively prohibited", blackhole -> silence (reject routes added while lo is down work);
# a forwarding device answers neighbour solicitations as a router (the host's entry says
# "router") and learns the hosts' link-local addresses from their router solicitations;
# subnet-router anycast routes come and go with forwarding; all.forwarding 0 stops it again.
ip netns add h1
ip netns add r
ip netns add h2
ip link add a0 netns h1 address 02:00:00:00:06:01 type veth peer name a1 netns r address 02:00:00:00:06:02
ip link add b0 netns h2 address 02:00:00:00:06:03 type veth peer name b1 netns r address 02:00:00:00:06:04
ip -n h1 link set a0 up
ip -n r link set a1 up
ip -n r link set b1 up
ip -n h2 link set b0 up
ip -n h1 addr add 2001:db8:1::2/64 dev a0 nodad
ip -n r addr add 2001:db8:1::1/64 dev a1 nodad
ip -n r addr add 2001:db8:2::1/64 dev b1 nodad
ip -n h2 addr add 2001:db8:2::2/64 dev b0 nodad
ip -n h1 route add default via 2001:db8:1::1
ip -n h2 route add default via 2001:db8:2::1
ip netns exec h1 ping -6 -c 1 -W 1 2001:db8:2::2
ip netns exec h1 ping -6 -c 1 -W 1 2001:db8:2::1
ip netns exec r sysctl -w net.ipv6.conf.a1.forwarding=1
ip netns exec h1 ping -6 -c 1 -W 1 2001:db8:2::2
ip -n r -6 route show table local type anycast
ip netns exec r sysctl -w net.ipv6.conf.all.forwarding=1
ip netns exec r sysctl net.ipv6.conf.b1.forwarding net.ipv6.conf.lo.forwarding
ip -n r -6 route show table local type anycast dev b1
ip netns exec h2 ping -6 -c 2 -W 1 2001:db8:1::2
ip netns exec h1 ping -6 -c 1 -W 1 -t 1 2001:db8:2::2
ip netns exec h1 ping -6 -c 1 -W 1 -t 2 2001:db8:2::2
ip netns exec h1 ping -6 -c 1 -W 1 2001:db8:3::2
ip -n r route add unreachable 2001:db8:4::/64
ip -n r route add prohibit 2001:db8:5::/64
ip -n r route add blackhole 2001:db8:6::/64
ip -n r route add throw 2001:db8:7::/64
ip netns exec h1 ping -6 -c 1 -W 1 2001:db8:4::2
ip netns exec h1 ping -6 -c 1 -W 1 2001:db8:5::2
ip netns exec h1 ping -6 -c 1 -W 1 2001:db8:6::2
ip netns exec h1 ping -6 -c 1 -W 1 2001:db8:7::2
ip -n h2 -6 neigh show 2001:db8:2::1
ip -n r -6 neigh show 2001:db8:2::2
sleep 10
ip -n r -6 neigh show fe80::ff:fe00:603
ip netns exec r sysctl -w net.ipv6.conf.all.forwarding=0
ip -n r -6 route show table local type anycast
ip netns exec h1 ping -6 -c 1 -W 1 2001:db8:2::2
ip netns exec h1 ping -6 -c 1 -W 1 2001:db8:3::2
