# 861-trace-ipv6-router: a routed IPv6 ping, forwarding off then on, no route, hop limit
# Pins down: forwarding off drops silently; on, right after the links came up, the router cannot solicit its neighbour (no non-tentative link-local source on rb: ndisc_solicit sends nothing) so the ping is lost; after DAD it passes; Destination unreachable: No route; Time exceeded: Hop limit
ip netns add a
ip netns add r
ip netns add b
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
ip -n a addr add fd01::2/64 dev va nodad
ip -n r addr add fd01::1/64 dev ra nodad
ip -n r addr add fd02::1/64 dev rb nodad
ip -n b addr add fd02::2/64 dev vb nodad
ip -n a link set va up
ip -n r link set ra up
ip -n r link set rb up
ip -n b link set vb up
ip -n a route add default via fd01::1
ip -n b route add default via fd02::1
ip netns exec a ping -c 1 -W 1 fd02::2
ip netns exec r sysctl -qw net.ipv6.conf.all.forwarding=1
ip netns exec a ping -c 1 -W 1 fd02::2
sleep 2
ip netns exec a ping -c 1 -W 1 fd02::2
ip netns exec a ping -c 1 -W 1 fd09::9
ip netns exec a ping -c 1 -W 1 -t 1 fd02::2
