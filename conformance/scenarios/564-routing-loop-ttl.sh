# 564-routing-loop-ttl: two routers whose routes for a prefix point at each other; packets bounce until TTL runs out
# Pins down: ip_forward decrements TTL at each hop and sends ICMP time exceeded from the router where it reaches 1;
#   ping reports "Time to live exceeded" from that router (which one depends on the TTL's parity), traceroute
#   shows the two routers alternating, -t changes which router answers; forwarding counters grow by the bounces;
#   the loop costs time but ends.
ip netns add lh
ip netns add lr1
ip netns add lr2
ip link add h0 netns lh type veth peer name r1a netns lr1
ip link add r1b netns lr1 type veth peer name r2a netns lr2
ip -n lh addr add 10.60.1.2/24 dev h0
ip -n lr1 addr add 10.60.1.1/24 dev r1a
ip -n lr1 addr add 10.60.2.1/24 dev r1b
ip -n lr2 addr add 10.60.2.2/24 dev r2a
for p in "lh h0" "lr1 r1a" "lr1 r1b" "lr2 r2a"; do set -- $p; ip -n $1 link set $2 up; done
ip -n lh route add default via 10.60.1.1
ip -n lr1 route add 10.99.0.0/16 via 10.60.2.2
ip -n lr2 route add 10.99.0.0/16 via 10.60.2.1
ip -n lr2 route add 10.60.1.0/24 via 10.60.2.1
ip netns exec lr1 sysctl -qw net.ipv4.ip_forward=1
ip netns exec lr2 sysctl -qw net.ipv4.ip_forward=1
ip netns exec lh ping -c 2 -W 1 10.99.0.1
ip netns exec lh ping -c 1 -W 1 -t 9 10.99.0.1
ip netns exec lh ping -c 1 -W 1 -t 10 10.99.0.1
ip netns exec lh traceroute -n -q 1 -m 6 -w 1 10.99.0.1
ip -n lr1 -s link show r1b | sed -n 3,6p
ip -n lr2 -s link show r2a | sed -n 3,6p
ip netns exec lr2 sysctl -qw net.ipv4.ip_forward=0
ip netns exec lh ping -c 1 -W 1 10.99.0.1
