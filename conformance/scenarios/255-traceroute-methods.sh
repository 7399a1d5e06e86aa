# 255-traceroute-methods: ICMP (-I), TCP SYN (-T) and UDP-to-a-port (-U) probes through two routers
# Pins down: `-I` echo probes answered by time-exceeded then an echo reply; `-T` SYNs to
# port 80 by default: a closed port answers RST (the target line), an open port (a
# background nc server) SYN-ACK; `-T -p PORT`; `-U` to 53 by default and `-U -p`;
# the same header for each method (`60 byte packets`); with three TCP probes per hop only
# the first one to the target is answered (the others show `*`);
# a DROP of the probe protocol on the target leaving `*` for the last hops (`-m 4 -w 1`);
# the ICMP method reaching a router's far address.
ip netns add h1
ip netns add r1
ip netns add r2
ip netns add h2
ip link add a1 netns h1 type veth peer name b1 netns r1
ip link add a2 netns r1 type veth peer name b2 netns r2
ip link add a3 netns r2 type veth peer name b3 netns h2
ip -n h1 addr add 10.1.1.2/24 dev a1
ip -n r1 addr add 10.1.1.1/24 dev b1
ip -n r1 addr add 10.1.2.1/24 dev a2
ip -n r2 addr add 10.1.2.2/24 dev b2
ip -n r2 addr add 10.1.3.1/24 dev a3
ip -n h2 addr add 10.1.3.2/24 dev b3
ip -n h1 link set a1 up
ip -n r1 link set b1 up
ip -n r1 link set a2 up
ip -n r2 link set b2 up
ip -n r2 link set a3 up
ip -n h2 link set b3 up
ip -n h1 route add default via 10.1.1.1
ip -n r1 route add 10.1.3.0/24 via 10.1.2.2
ip -n r2 route add 10.1.1.0/24 via 10.1.2.1
ip -n h2 route add default via 10.1.3.1
ip netns exec r1 sysctl -q -w net.ipv4.ip_forward=1
ip netns exec r2 sysctl -q -w net.ipv4.ip_forward=1
ip netns exec r1 sysctl -q -w net.ipv4.icmp_ratelimit=0
ip netns exec r2 sysctl -q -w net.ipv4.icmp_ratelimit=0
ip netns exec h2 sysctl -q -w net.ipv4.icmp_ratelimit=0
ip netns exec h1 traceroute -n -I 10.1.3.2
ip netns exec h1 traceroute -n -I -q 1 10.1.2.2
ip netns exec h1 traceroute -n -T 10.1.3.2
ip netns exec h1 traceroute -n -T -q 1 -p 22 10.1.3.2
ip netns exec h2 nc -l 8080 &
# settle: the server is listening
ping -q -c 2 -i 0.2 127.0.0.1
ip netns exec h1 traceroute -n -T -q 1 -p 8080 10.1.3.2
ip netns exec h1 traceroute -n -U 10.1.3.2
ip netns exec h1 traceroute -n -U -q 1 -p 5353 10.1.3.2
ip netns exec h2 iptables -A INPUT -p icmp -j DROP
ip netns exec h1 traceroute -n -I -q 1 -w 1 -m 4 10.1.3.2
ip netns exec h2 iptables -A INPUT -p tcp -j DROP
ip netns exec h1 traceroute -n -T -q 1 -w 1 -m 4 10.1.3.2
ip netns exec h2 iptables -L INPUT -n -v
