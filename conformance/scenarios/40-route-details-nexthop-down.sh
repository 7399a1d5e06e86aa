# 40-route-details-nexthop-down: `ip -d route` for both families, and a gateway on a down device
# Pins down: -d prints the type (unicast too), proto (boot too) and scope of every route,
# IPv6 routes with "scope global"; a route whose gateway resolves through a local or
# connected route of a DOWN device fails with a bare "Network is down" (no extack) for add,
# change, replace and append, while onlink on a down device says "Nexthop device is not up";
# a gateway with no route at all is "Nexthop has invalid gateway".
ip link add v0 type veth peer name v1
ip addr add 10.0.2.2/16 dev v0
ip route add 10.2.1.0/24 via 10.0.2.2
ip route change 10.2.1.0/24 via 10.0.2.2
ip route replace 10.2.1.0/24 via 10.0.2.3
ip route append 10.2.1.0/24 via 10.0.2.3
ip route add 10.2.1.0/24 via 10.0.2.3 onlink dev v0
ip route add 10.2.1.0/24 via 10.77.0.1
ip route add 10.3.0.0/16 dev v0 proto static
ip -d route show
ip -d route show table all
ip -d -6 route show table all
ip -d route show table local type local
ip -d -j route show table all
