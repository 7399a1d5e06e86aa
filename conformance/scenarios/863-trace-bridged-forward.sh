# 863-trace-bridged-forward: bridged traffic and iptables' FORWARD chain through br_netfilter
# Pins down: with net.bridge.bridge-nf-call-iptables = 0 a FORWARD policy DROP does not touch bridged frames; with 1 it drops them (policy counter); an ACCEPT rule with -m physdev lets them through
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns add c1
ip netns add c2
ip netns exec c1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec c2 sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip link add br0 type bridge
ip link set br0 up
ip link add h1 type veth peer name e0 netns c1
ip link add h2 type veth peer name e0 netns c2
ip link set h1 master br0
ip link set h2 master br0
ip link set h1 up
ip link set h2 up
ip -n c1 link set e0 up
ip -n c2 link set e0 up
ip -n c1 addr add 10.8.0.2/24 dev e0
ip -n c2 addr add 10.8.0.3/24 dev e0
iptables -P FORWARD DROP
sysctl -w net.bridge.bridge-nf-call-iptables=0
ip netns exec c1 ping -c 1 -W 1 10.8.0.3
sysctl -w net.bridge.bridge-nf-call-iptables=1
ip netns exec c1 ping -c 1 -W 1 10.8.0.3
iptables -vnL FORWARD
iptables -A FORWARD -m physdev --physdev-is-bridged -j ACCEPT
ip netns exec c1 ping -c 1 -W 1 10.8.0.3
iptables -vnL FORWARD
