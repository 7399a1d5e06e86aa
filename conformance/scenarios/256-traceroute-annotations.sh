# 256-traceroute-annotations: the !H !N !X !P !S-style annotations and unanswered hops
# Pins down: a router without a route answers `!N` (net unreachable); REJECT flavours on
# a router or on the target: icmp-host-unreachable `!H`, icmp-net-unreachable `!N`,
# icmp-admin-prohibited `!X`, icmp-proto-unreachable `!P`, icmp-host-prohibited and
# icmp-net-prohibited (`!X`, as traceroute 2.1.2 maps codes 9, 10 and 13); an annotated hop ends the trace;
# an unresolvable next hop on the last link (ARP failure) gives `!H` from the router
# after its ARP timeout; a DROP in FORWARD leaves `*` lines; -I probes rejected on the
# way.
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
ip netns exec h1 traceroute -n -q 1 10.1.9.9
ip netns exec r2 iptables -A FORWARD -d 10.1.3.2 -p udp --dport 33436 -j REJECT --reject-with icmp-host-unreachable
ip netns exec h1 traceroute -n -q 1 10.1.3.2
ip netns exec r2 iptables -R FORWARD 1 -d 10.1.3.2 -p udp --dport 33436 -j REJECT --reject-with icmp-net-unreachable
ip netns exec h1 traceroute -n -q 1 10.1.3.2
ip netns exec r2 iptables -R FORWARD 1 -d 10.1.3.2 -p udp --dport 33436 -j REJECT --reject-with icmp-admin-prohibited
ip netns exec h1 traceroute -n -q 1 10.1.3.2
ip netns exec r2 iptables -R FORWARD 1 -d 10.1.3.2 -p udp --dport 33436 -j REJECT --reject-with icmp-proto-unreachable
ip netns exec h1 traceroute -n -q 1 10.1.3.2
ip netns exec r2 iptables -R FORWARD 1 -d 10.1.3.2 -p udp --dport 33436 -j REJECT --reject-with icmp-host-prohibited
ip netns exec h1 traceroute -n -q 1 10.1.3.2
ip netns exec r2 iptables -R FORWARD 1 -d 10.1.3.2 -p udp --dport 33436 -j REJECT --reject-with icmp-net-prohibited
ip netns exec h1 traceroute -n -q 1 10.1.3.2
ip netns exec r2 iptables -F FORWARD
ip netns exec h2 iptables -A INPUT -p udp -j REJECT --reject-with icmp-admin-prohibited
ip netns exec h1 traceroute -n 10.1.3.2
ip netns exec h2 iptables -F INPUT
ip netns exec r2 iptables -A FORWARD -p icmp --icmp-type echo-request -j REJECT --reject-with icmp-host-prohibited
ip netns exec h1 traceroute -n -I -q 1 10.1.3.2
ip netns exec r2 iptables -F FORWARD
ip netns exec r2 iptables -A FORWARD -d 10.1.3.2 -j DROP
ip netns exec h1 traceroute -n -q 1 -w 1 -m 4 10.1.3.2
ip netns exec r2 iptables -F FORWARD
ip netns exec r1 ip route add 10.1.4.0/24 dev a2
ip netns exec h1 traceroute -n -q 1 -m 3 10.1.4.7
