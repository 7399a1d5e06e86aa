# Run: linnet run --lab two-hosts examples/vpn-socat.sh
# The notes' VPN ("application B"): on each of two machines a program reads packets from tun0,
# sends each one as a UDP datagram to the other machine over eth0, and writes what it receives
# back into tun0. Here the program is socat; each host has a private subnet behind it.
# host2 first: it opens its tun0, then waits for host1's first datagram (UDP-LISTEN)
ssh host2 'socat TUN:10.9.0.2/24,up,tun-type=tun,iff-no-pi UDP-LISTEN:9000 &'
socat UDP:192.168.3.2:9000 TUN:10.9.0.1/24,up,tun-type=tun,iff-no-pi &
ip -4 addr show tun0
ping -c 2 10.9.0.2
# the private subnets: 10.1.0.0/24 behind host1, 10.2.0.0/24 behind host2, routed through tun0
ip netns add lan1
ip link add lan1-br type veth peer name eth0 netns lan1
ip addr add 10.1.0.1/24 dev lan1-br
ip link set lan1-br up
ip -n lan1 addr add 10.1.0.2/24 dev eth0
ip -n lan1 link set eth0 up
ip -n lan1 route add default via 10.1.0.1
ssh host2 ip netns add lan2
ssh host2 ip link add lan2-br type veth peer name eth0 netns lan2
ssh host2 'ip addr add 10.2.0.1/24 dev lan2-br && ip link set lan2-br up'
ssh host2 'ip -n lan2 addr add 10.2.0.2/24 dev eth0 && ip -n lan2 link set eth0 up'
ssh host2 ip -n lan2 route add default via 10.2.0.1
sysctl -qw net.ipv4.ip_forward=1
ssh host2 sysctl -qw net.ipv4.ip_forward=1
ip route add 10.2.0.0/24 dev tun0
ssh host2 ip route add 10.1.0.0/24 dev tun0
ip netns exec lan1 ping -c 2 10.2.0.2
ip netns exec lan1 traceroute -n 10.2.0.2
