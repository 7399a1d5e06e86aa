# Why does the ping fail? Three namespaces a - r - b, r meant to route between them, and
# `linnet trace` after each classic mistake: forwarding off, the FORWARD policy, no route
# back. The first line of each trace says the cause; the packets follow, step by step.
ip netns add a
ip netns add r
ip netns add b
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
ip -n a addr add 10.1.0.2/24 dev va
ip -n r addr add 10.1.0.1/24 dev ra
ip -n r addr add 10.2.0.1/24 dev rb
ip -n b addr add 10.2.0.2/24 dev vb
for ns in a r b; do ip -n $ns link set lo up; done
ip -n a link set va up
ip -n r link set ra up
ip -n r link set rb up
ip -n b link set vb up
ip -n a route add default via 10.1.0.1
# 1: r does not forward
linnet trace -- ip netns exec a ping -c 1 -W 1 10.2.0.2
ip netns exec r sysctl -w net.ipv4.ip_forward=1
# 2: now it forwards, but b has no way back to 10.1.0.0/24
linnet trace -- ip netns exec a ping -c 1 -W 1 10.2.0.2 | grep '^linnet trace'
ip -n b route add default via 10.2.0.1
# 3: a firewall on r
ip netns exec r iptables -P FORWARD DROP
linnet trace -- ip netns exec a ping -c 1 -W 1 10.2.0.2 | grep '^linnet trace'
ip netns exec r iptables -A FORWARD -p icmp -j ACCEPT
linnet trace -- ip netns exec a ping -c 1 -W 1 10.2.0.2 | grep '^linnet trace'
# machines read it as JSON
linnet trace --json -- ip netns exec a ping -q -c 1 10.2.0.2 | tail -n 1 | jq -r '.packets[] | "#\(.id) \(.what)"'
