iptables -A INPUT -m limit --limit 1/sec --limit-burst 0
iptables -A INPUT -m limit --limit 1/sec --limit-burst 10001
iptables -A INPUT -m limit --limit 0/sec
iptables -A INPUT -m limit --limit 5/fortnight
iptables -A INPUT -p tcp --tcp-flags SYN
iptables -A INPUT -p tcp --tcp-flags SYN,BOGUS SYN
iptables -A INPUT -p udp --syn
iptables -A INPUT -p icmp --icmp-type echo-request -m limit --limit 2/sec --limit-burst 3 -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo-request -j DROP
ping -c 8 -i 0.2 -W 1 127.0.0.1
iptables -L INPUT -n -v
ip link add va type veth peer name vb
ip link set va address 02:00:00:00:00:aa
ip netns add n1
ip link set vb netns n1
ip addr add 10.9.0.1/24 dev va
ip link set va up
ip netns exec n1 ip addr add 10.9.0.2/24 dev vb
ip netns exec n1 ip link set vb up
ip netns exec n1 iptables -A INPUT -m mac --mac-source 02:00:00:00:00:AA
ip netns exec n1 iptables -A INPUT -m mac ! --mac-source 02:00:00:00:00:aa
ip netns exec n1 iptables -A INPUT -p icmp -m length --length 84
ip netns exec n1 iptables -A INPUT -m iprange --src-range 10.9.0.1-10.9.0.1
ip netns exec n1 iptables -A OUTPUT -m mac --mac-source 02:00:00:00:00:aa
ping -c 1 -W 2 10.9.0.2
ip netns exec n1 iptables -L -n -v
