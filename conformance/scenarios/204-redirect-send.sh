# 204-redirect-send: a router forwarding back out of the input interface sends a redirect
# Pins down: h's default gateway r1 routes 10.9.0.0/24 via r2 on the same LAN: the first
# echo through r1 draws `From 10.0.0.1 icmp_seq=1 Redirect Host(New nexthop: 10.0.0.2)` and
# still arrives; h accepts it (shared_media=1 default) so the next echo goes straight to r2
# (`cache <redirected>` in ip route get, no second redirect); r1's input route shows
# `cache <redirect>`; a flush of h's cache forgets it; send_redirects is all OR interface:
# off on one of them still redirects, off on both stops it.
ip netns add h
ip netns add r1
ip netns add r2
ip netns add f
ip link add sw type bridge
ip link add hp type veth peer name eth0 netns h
ip link add r1p type veth peer name eth0 netns r1
ip link add r2p type veth peer name eth0 netns r2
ip link add fv type veth peer name eth0 netns f
ip link set fv netns r2
ip link set hp master sw
ip link set r1p master sw
ip link set r2p master sw
ip link set sw up
ip link set hp up
ip link set r1p up
ip link set r2p up
ip netns exec h ip addr add 10.0.0.10/24 dev eth0
ip netns exec r1 ip addr add 10.0.0.1/24 dev eth0
ip netns exec r2 ip addr add 10.0.0.2/24 dev eth0
ip netns exec r2 ip addr add 10.9.0.1/24 dev fv
ip netns exec f ip addr add 10.9.0.2/24 dev eth0
ip netns exec h ip link set eth0 up
ip netns exec r1 ip link set eth0 up
ip netns exec r2 ip link set eth0 up
ip netns exec r2 ip link set fv up
ip netns exec f ip link set eth0 up
ip netns exec h ip link set lo up
ip netns exec r1 ip link set lo up
ip netns exec r2 ip link set lo up
ip netns exec r1 sysctl -w net.ipv4.ip_forward=1
ip netns exec r2 sysctl -w net.ipv4.ip_forward=1
ip netns exec h ip route add default via 10.0.0.1
ip netns exec r1 ip route add 10.9.0.0/24 via 10.0.0.2
ip netns exec f ip route add default via 10.9.0.1
# settle: bridge carrier via the link watcher (at most once per second)
ping -q -c 2 -i 1.2 127.0.0.1
ip netns exec h ip route get 10.9.0.2
ip netns exec r1 ip route get 10.9.0.2 from 10.0.0.10 iif eth0
ip netns exec h ping -c 2 -i 0.3 -W 1 10.9.0.2
ip netns exec h ip route get 10.9.0.2
ip netns exec h ip route show cache
ip netns exec h ip route get 10.9.0.3
ip netns exec h ping -c 1 -W 1 10.9.0.2
ip netns exec h ip route flush cache
ip netns exec h ip route get 10.9.0.2
ip netns exec r1 sysctl -w net.ipv4.conf.all.send_redirects=0
ip netns exec h ping -c 1 -W 1 10.9.0.2
ip netns exec h ip route get 10.9.0.2
ip netns exec h ip route flush cache
ip netns exec r1 sysctl -w net.ipv4.conf.eth0.send_redirects=0
ip netns exec r1 ip route get 10.9.0.2 from 10.0.0.10 iif eth0
ip netns exec h ping -c 1 -W 1 10.9.0.2
ip netns exec h ip route get 10.9.0.2
ip netns exec r1 sysctl -w net.ipv4.conf.all.send_redirects=1
ip netns exec r1 ip route get 10.9.0.2 from 10.0.0.10 iif eth0
ip netns exec r1 ip route get 10.9.0.2 from 10.5.5.5 iif eth0
