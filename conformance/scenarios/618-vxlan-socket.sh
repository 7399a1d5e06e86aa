# 618-vxlan-socket: the UDP socket under vxlan devices: shared by port, taken only while up
# Pins down: vxlan_open binds INADDR_ANY:dstport (an ordinary socket on the port then gets EADDRINUSE, and
# before it is up the port is free), two vxlans of one port sharing the socket and told apart by VNI,
# the socket going away with the last of them, a datagram for a down vxlan's port answered with ICMP
# port unreachable, the same VNI allowed again on another port.
ip netns add h1
ip netns add h2
ip link add e1 netns h1 type veth peer name e2 netns h2
ip netns exec h1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec h2 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec h1 ip addr add 10.0.0.1/24 dev e1
ip netns exec h2 ip addr add 10.0.0.2/24 dev e2
ip netns exec h1 ip link set e1 up
ip netns exec h2 ip link set e2 up
ip netns exec h1 ip link add vxa type vxlan id 100 dstport 4789 remote 10.0.0.2 dev e1
ip netns exec h1 ip link add vxb type vxlan id 200 dstport 4789 remote 10.0.0.2 dev e1
ip netns exec h2 ip link add vxa type vxlan id 100 dstport 4789 remote 10.0.0.1 dev e2
ip netns exec h2 ip link add vxb type vxlan id 200 dstport 4789 remote 10.0.0.1 dev e2
ip netns exec h2 ip link add vxc type vxlan id 100 dstport 4790 remote 10.0.0.1 dev e2
ip netns exec h1 timeout 1 nc -u -l 4789 < /dev/null; echo "nc: $?"
ip netns exec h1 ip link set vxa up
ip netns exec h1 timeout 1 nc -u -l 4789 < /dev/null; echo "nc: $?"
ip netns exec h1 ip link set vxb up
ip netns exec h2 ip link set vxa up
ip netns exec h2 ip link set vxb up
ip netns exec h1 ip addr add 192.168.100.1/24 dev vxa
ip netns exec h2 ip addr add 192.168.100.2/24 dev vxa
ip netns exec h1 ip addr add 192.168.200.1/24 dev vxb
ip netns exec h2 ip addr add 192.168.200.2/24 dev vxb
ping -q -c 2 -i 0.2 127.0.0.1 > /dev/null
ip netns exec h1 ping -c 1 192.168.100.2
ip netns exec h1 ping -c 1 192.168.200.2
ip netns exec h2 ip link set vxb down
ip netns exec h1 ping -c 1 -W 1 192.168.200.2
ip netns exec h1 ping -c 1 192.168.100.2
ip netns exec h2 ip link set vxa down
ip netns exec h2 iptables -A INPUT -p udp --dport 4789
ip netns exec h2 iptables -A OUTPUT -p icmp --icmp-type port-unreachable
ip netns exec h1 ping -c 1 -W 1 192.168.100.2
ip netns exec h2 iptables -L -v -n -x | grep -E 'udp|icmp'
ip netns exec h1 ip link set vxa down
ip netns exec h1 ip link set vxb down
ip netns exec h1 timeout 1 nc -u -l 4789 < /dev/null; echo "nc: $?"
