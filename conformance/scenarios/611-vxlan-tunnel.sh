# 611-vxlan-tunnel: a point-to-point VXLAN between two namespaces over a veth, frames in UDP 4789
# Pins down: vxlan_xmit to the default (all-zeros) remote, the VXLAN/UDP/IPv4 encapsulation seen by
# iptables in OUTPUT and INPUT (packet and byte counts of the outer datagrams), vxlan_rcv by VNI and the
# learning of the sender's MAC against the outer source (bridge fdb show dev vx0), state UNKNOWN whatever
# the lower does, tx carrier errors without a route, the vxlan deleted with its dev. IPv6 is off so that
# only ARP and ICMP cross.
ip netns add h1
ip netns add h2
ip link add e1 netns h1 type veth peer name e2 netns h2
ip netns exec h1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec h2 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec h1 ip addr add 10.0.0.1/24 dev e1
ip netns exec h2 ip addr add 10.0.0.2/24 dev e2
ip netns exec h1 ip link set e1 up
ip netns exec h2 ip link set e2 up
ip netns exec h1 ip link add vx0 type vxlan id 42 dstport 4789 remote 10.0.0.2 local 10.0.0.1 dev e1
ip netns exec h2 ip link add vx0 type vxlan id 42 dstport 4789 remote 10.0.0.1 local 10.0.0.2 dev e2
ip netns exec h1 ip addr add 192.168.100.1/24 dev vx0
ip netns exec h2 ip addr add 192.168.100.2/24 dev vx0
ip netns exec h1 ip link set vx0 up
ip netns exec h2 ip link set vx0 up
ping -q -c 2 -i 0.2 127.0.0.1 > /dev/null
ip netns exec h1 iptables -A OUTPUT -p udp --dport 4789
ip netns exec h2 iptables -A INPUT -p udp --dport 4789
ip netns exec h1 ip link show vx0
ip netns exec h1 bridge fdb show dev vx0
ip netns exec h1 ping -c 2 -i 0.2 192.168.100.2
ip netns exec h1 bridge fdb show dev vx0
ip netns exec h2 bridge fdb show dev vx0
ip netns exec h2 bridge fdb show
ip netns exec h1 iptables -L OUTPUT -v -n -x
ip netns exec h2 iptables -L INPUT -v -n -x
ip netns exec h1 ip -s link show vx0
ip netns exec h2 ip -s link show vx0
ip netns exec h1 ip neigh show dev vx0
ip netns exec h1 ip neigh show dev e1
ip netns exec h1 ip link set e1 down
ping -q -c 2 -i 0.2 127.0.0.1 > /dev/null
ip netns exec h1 ip link show vx0
ip netns exec h1 ping -c 1 -W 1 192.168.100.2
ip netns exec h1 ip -s link show vx0
ip netns exec h1 ip link set e1 up
ip netns exec h1 ip link del e1
ip netns exec h1 ip link show
ip netns exec h2 ip link show
