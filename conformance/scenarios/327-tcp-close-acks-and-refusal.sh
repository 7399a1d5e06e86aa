# 327-tcp-close-acks-and-refusal: which segments a short nc exchange sends, and conntrack after a refusal
# Pins down: the server ACKs the client's FIN late (tcp_fin's pingpong mode: the delayed ACK rides
# on the server's own FIN when nc exits), so the client receives 3 segments and sends 5; the
# listener closing after one accepted connection does not reset it; conntrack's entry ends in
# TIME_WAIT; a refused connection (RST as the only reply) leaves no conntrack entry at all.
ip netns add c1
ip netns add c2
ip link add va type veth peer name vb
ip link set va netns c1
ip link set vb netns c2
ip -n c1 addr add 10.9.0.1/24 dev va
ip -n c2 addr add 10.9.0.2/24 dev vb
ip -n c1 link set va up
ip -n c2 link set vb up
ip netns exec c2 iptables -A OUTPUT -p tcp --tcp-flags RST RST
ip netns exec c2 iptables -A OUTPUT -p tcp --tcp-flags FIN FIN
ip netns exec c2 iptables -A OUTPUT -p tcp --tcp-flags SYN SYN
ip netns exec c2 iptables -A OUTPUT -p tcp
ip netns exec c2 iptables -A INPUT -p tcp --tcp-flags RST RST
ip netns exec c2 iptables -A INPUT -p tcp --tcp-flags FIN FIN
ip netns exec c2 iptables -A INPUT -p tcp --tcp-flags SYN SYN
ip netns exec c2 iptables -A INPUT -p tcp
sleep 2
ip netns exec c1 nc -l -p 80 &
sleep 1
echo hello | ip netns exec c2 nc -w 1 10.9.0.1 80
sleep 3
ip netns exec c2 iptables -L -n -v -x
ip netns exec c2 conntrack -L -p tcp
ip netns exec c2 nc -w 1 10.9.0.1 81
ip netns exec c2 iptables -L INPUT -n -v -x
ip netns exec c2 conntrack -L
ip netns exec c1 conntrack -L
