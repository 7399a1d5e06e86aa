# 862-trace-rp-filter-packet: reverse-path filtering drops a forwarded packet (its ARP was answered before)
# Pins down: with the router's neighbour for the sender known, a source routed back through another device is dropped silently with rp_filter=1 and counted in TcpExtIPReversePathFilter
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
ip -n a route add default via 10.1.0.1
ip -n b route add default via 10.2.0.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip -n a addr add 10.3.0.2/24 dev va
ip -n r route add 10.3.0.0/24 dev rb
ip netns exec a ping -c 1 -W 1 10.2.0.2
ip netns exec r sysctl -qw net.ipv4.conf.all.rp_filter=1
ip netns exec a ping -c 1 -W 1 -I 10.3.0.2 10.2.0.2
ip netns exec r nstat -az TcpExtIPReversePathFilter
