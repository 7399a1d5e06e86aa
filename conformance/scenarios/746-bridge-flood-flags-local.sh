# 746-bridge-flood-flags-local: a port's bcast_flood/mcast_flood off keeps out forwarded floods, not the bridge's own
# Pins down: br_flood skips a port whose broadcast (or multicast) flood flag is off only for
# frames the bridge forwards; what the bridge device itself sends is flooded there all the same
# (skb->dev == br->dev), so the host reaches a namespace behind such a port (its ARP request goes
# out) while another namespace behind the same bridge does not (its ARP request is forwarded and
# kept out); unicast flood off has no such exception
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip addr add 10.9.0.1/24 dev br0
ip link set br0 up
for i in 1 2; do ip netns add fx$i; ip netns exec fx$i sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; ip link add fxv$i type veth peer name eth0 netns fx$i; ip link set fxv$i master br0 up; ip -n fx$i addr add 10.9.0.1$i/24 dev eth0; ip -n fx$i link set eth0 up; done
bridge link set dev fxv1 bcast_flood off
bridge -d link show dev fxv1 | grep -o 'bcast_flood [a-z]*'
ping -c 1 -W 1 10.9.0.11 | grep -E 'transmitted'
ip netns exec fx2 ping -c 1 -W 1 10.9.0.11 | grep -E 'transmitted'
ip -n fx2 neigh show 10.9.0.11
