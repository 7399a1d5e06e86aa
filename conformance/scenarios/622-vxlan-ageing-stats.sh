# 622-vxlan-ageing-stats: learned VXLAN entries ageing out and the vxlan counters
# Pins down: vxlan_cleanup (every 10 s, entries older than ageing go; permanent ones stay) and the inner
# packet lengths in a vxlan's rx/tx counters.
ip netns add h1
ip netns add h2
ip link add e1 netns h1 type veth peer name e2 netns h2
ip netns exec h1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec h2 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec h1 ip addr add 10.0.0.1/24 dev e1
ip netns exec h2 ip addr add 10.0.0.2/24 dev e2
ip netns exec h1 ip link set e1 up
ip netns exec h2 ip link set e2 up
ip netns exec h1 ip link add vx0 type vxlan id 3 dstport 4789 remote 10.0.0.2 dev e1 ageing 5
ip netns exec h2 ip link add vx0 type vxlan id 3 dstport 4789 remote 10.0.0.1 dev e2 ageing 5
ip netns exec h1 ip addr add 192.168.3.1/24 dev vx0
ip netns exec h2 ip addr add 192.168.3.2/24 dev vx0
ip netns exec h1 ip link set vx0 up
ip netns exec h2 ip link set vx0 up
ip netns exec h1 ping -c 1 192.168.3.2
ip netns exec h1 bridge fdb show dev vx0
ip netns exec h1 ip -s link show vx0
ip netns exec h2 ip -s link show vx0
sleep 12
ip netns exec h1 bridge fdb show dev vx0
ip netns exec h2 bridge fdb show dev vx0
