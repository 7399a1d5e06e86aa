# 859-trace-bridge-port-address: an address on a bridge port instead of on the bridge
# Pins down: the port's address is not reachable through the bridge; moved to the bridge it is
ip netns add c1
ip netns exec c1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link set br0 up
ip link add h1 type veth peer name e0 netns c1
ip link set h1 master br0
ip addr add 10.5.0.1/24 dev h1
ip link set h1 up
ip -n c1 addr add 10.5.0.2/24 dev e0
ip -n c1 link set e0 up
ip netns exec c1 ping -c 1 -W 1 10.5.0.1
ip addr del 10.5.0.1/24 dev h1
ip addr add 10.5.0.1/24 dev br0
ip netns exec c1 ping -c 1 -W 1 10.5.0.1
