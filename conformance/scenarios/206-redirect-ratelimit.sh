# 206-redirect-ratelimit: ip_rt_send_redirect's backoff per source host
# Pins down: a host that ignores redirects keeps using r1; r1 redirects the first packet
# and then only when redirect_load << n has passed since the last one (20 ms doubling),
# so 8 echoes 0.2 s apart draw redirects for icmp_seq 1, 2, 3, 4, 6 and none for 5, 7, 8;
# a second source host has its own budget; every echo is still forwarded (8 received).
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
ip netns exec h sysctl -w net.ipv4.conf.all.accept_redirects=0
ip netns exec h sysctl -w net.ipv4.conf.eth0.accept_redirects=0
ip netns exec h ip addr add 10.0.0.11/24 dev eth0
ip netns exec h ping -c 8 -i 0.2 -W 1 -I 10.0.0.10 10.9.0.2
ip netns exec h ping -c 2 -i 0.2 -W 1 -I 10.0.0.11 10.9.0.2
ip netns exec h ip route get 10.9.0.2
