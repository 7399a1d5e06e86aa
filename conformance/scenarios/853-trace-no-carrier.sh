# 853-trace-no-carrier: a veth whose peer is down
# Pins down: NO-CARRIER on the sender, the loss; address still usable locally
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
ip -n a link set lo up
ip -n b link set lo up
ip -n a route add default via 10.1.0.1
ip -n r link set ra down
ip -n a link show va
ip netns exec a ping -c 1 -W 1 10.1.0.1
ip -n a neigh
ip -n r link set ra up
