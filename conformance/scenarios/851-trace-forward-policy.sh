# 851-trace-forward-policy: FORWARD policy DROP and a REJECT rule on the router
# Pins down: policy DROP: silent loss with the policy counter; a REJECT rule: the error ping prints, the rule's counters
ip netns add a
ip netns add r
ip netns add b
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec r sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec b sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
ip -n a addr add 10.1.0.2/24 dev va
ip -n r addr add 10.1.0.1/24 dev ra
ip -n r addr add 10.2.0.1/24 dev rb
ip -n b addr add 10.2.0.2/24 dev vb
ip -n a link set va up
ip -n r link set ra up
ip -n r link set rb up
ip -n b link set vb up
ip -n a link set lo up
ip -n b link set lo up
ip -n a route add default via 10.1.0.1
ip -n b route add default via 10.2.0.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec r iptables -P FORWARD DROP
ip netns exec a ping -c 1 -W 1 10.2.0.2
ip netns exec r iptables -vnL FORWARD
ip netns exec r iptables -P FORWARD ACCEPT
ip netns exec r iptables -A FORWARD -d 10.2.0.2 -j REJECT
ip netns exec a ping -c 1 -W 1 10.2.0.2
ip netns exec r iptables -vnL FORWARD
ip netns exec b iptables -A INPUT -p icmp -j REJECT --reject-with icmp-host-prohibited
ip netns exec r iptables -F FORWARD
ip netns exec a ping -c 1 -W 1 10.2.0.2
