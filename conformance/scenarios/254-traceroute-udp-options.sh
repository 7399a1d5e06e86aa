# 254-traceroute-udp-options: traceroute's default UDP probes and its options through two routers
# Pins down: the header on stderr (`traceroute to X (X), 30 hops max, 60 byte packets`),
# three probes per hop by default, names printed as `X (X)` without -n when nothing
# resolves, `-n`, `-m` (header and last hop), `-q 1/2`, `-f`, `-p` (UDP base port: a port
# that is open on the target makes the last hop unanswered), packet length argument
# (`... 100 byte packets`), `-N 1`, reaching the router's own addresses (the far and the
# near one), `-s` source address, the host's own address (only `*` while lo is down);
# the destination port grows by one per probe: a DROP of one port in the target makes
# exactly that probe a `*` and the next one reaches the target (with -N 1 and in
# parallel), counted in the DROP rule.
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
ip netns exec h1 traceroute 10.1.3.2
ip netns exec h1 traceroute -n 10.1.3.2
ip netns exec h1 traceroute -n -q 1 10.1.3.2
ip netns exec h1 traceroute -n -q 2 -m 2 10.1.3.2
ip netns exec h1 traceroute -n -f 2 10.1.3.2
ip netns exec h1 traceroute -n -q 1 10.1.3.2 100
ip netns exec h1 traceroute -n -q 1 -N 1 10.1.2.2
ip netns exec h1 traceroute -n -q 1 10.1.2.1
ip netns exec h1 traceroute -n -q 1 10.1.1.1
ip netns exec h1 traceroute -n -q 1 -s 10.1.1.2 10.1.3.1
ip netns exec h1 traceroute -n -q 1 -w 1 -m 3 10.1.1.2
ip netns exec h1 ip link set lo up
ip netns exec h1 traceroute -n -q 1 10.1.1.2
ip netns exec h1 traceroute -n -q 1 -p 40000 10.1.3.2
ip netns exec h2 iptables -A INPUT -p udp --dport 33436 -j DROP
ip netns exec h1 traceroute -n -q 1 10.1.3.2
ip netns exec h1 traceroute -n -q 1 -N 1 10.1.3.2
ip netns exec h1 traceroute -n -q 2 -w 1 10.1.3.2
ip netns exec h2 iptables -L INPUT -n -v
