# 328-bridge-dnat-hairpin: a published port reached from another container on the same bridge
# Pins down: c2 connects to the bridge's address, PREROUTING DNAT sends it to c1 behind the same
# bridge: br_netfilter's "bridged DNAT" takes the frame to c1's MAC through the bridge's
# neighbour output and on through the bridge, so FORWARD counts each packet once (the replies,
# un-NATed, too); the TCP entry ends in TIME_WAIT; c1 and c2 count what they see; a port without
# a DNAT rule is refused by the host and leaves no conntrack entry.
ip netns add c1
ip netns add c2
ip link add br-app type bridge
ip addr add 172.30.0.1/16 dev br-app
ip link set br-app up
ip link add veth-c1 type veth peer name eth0 netns c1
ip link add veth-c2 type veth peer name eth0 netns c2
ip link set veth-c1 master br-app
ip link set veth-c2 master br-app
ip link set veth-c1 up
ip link set veth-c2 up
ip -n c1 addr add 172.30.0.2/16 dev eth0
ip -n c2 addr add 172.30.0.3/16 dev eth0
ip -n c1 link set eth0 up
ip -n c2 link set eth0 up
ip -n c1 link set lo up
ip -n c2 link set lo up
ip -n c1 route add default via 172.30.0.1
ip -n c2 route add default via 172.30.0.1
sysctl -w net.ipv4.ip_forward=1
iptables -A FORWARD -i br-app -o br-app -j ACCEPT
iptables -t nat -A PREROUTING -p tcp --dport 8000 -j DNAT --to-destination 172.30.0.2:80
iptables -t nat -A PREROUTING -p udp --dport 8000 -j DNAT --to-destination 172.30.0.2:80
iptables -t raw -A PREROUTING -p tcp
iptables -t raw -A OUTPUT -p tcp
iptables -A INPUT -p tcp
sleep 2
ip netns exec c1 nc -l -p 80 &
sleep 1
ip netns exec c2 iptables -A INPUT -p tcp
ip netns exec c2 iptables -A OUTPUT -p tcp
ip netns exec c1 iptables -A INPUT -p tcp
ip netns exec c1 iptables -A OUTPUT -p tcp
echo hello | ip netns exec c2 nc -w 1 172.30.0.1 8000
sleep 2
iptables -t raw -L -n -v
iptables -L -n -v
ip netns exec c1 iptables -L -n -v
ip netns exec c2 iptables -L -n -v
ip netns exec c2 nc -w 1 172.30.0.1 8001
conntrack -L -p tcp --dport 8001
iptables -L FORWARD -n -v
