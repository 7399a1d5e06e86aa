# 274-ipv6-route-types: IPv6 route types and the reject routes on lo
# Pins down: iproute2's "[to] [TYPE] PREFIX" (a type word needs a prefix after it: incomplete
# command; a second prefix is a duplicate "to"; "to" after a type is no prefix; the type is not a
# listing selector), blackhole/unreachable/prohibit/throw listed on lo whatever device or
# gateway was given, EEXIST for the same prefix and metric whatever the type, a gateway-less route
# through lo promoted to reject (listed as unicast, answered with "Destination unreachable: No
# route"), lookups ending on each type (EINVAL, EHOSTUNREACH, EACCES, a throw falling through to
# ENETUNREACH or to the next rule), ping's connect errors, local/anycast/broadcast/nat going to
# table local, multicast to main, linkdown on a carrier-less device except for local routes,
# delete ignoring the type, and lo going down taking the reject routes with it.
ip link add v0 type veth peer name v1
ip link set v0 up
ip route add 10.0.0.0/8 blackhole
ip route add 10.0.0.0/8 blackhole 10.1.0.0/16
ip route add to blackhole 10.2.0.0/16
ip route add to unreachable to 10.4.0.0/16
ip route add blackhole blackhole 10.6.0.0/16
ip route add throw 10.7.0.0/16 table 9
ip route show
ip route show blackhole
ip route show type throw table all
ip -6 route add 2001:db8:7::/64 blackhole
ip -6 route add blackhole 2001:db8:7::/64
ip -6 route add unreachable 2001:db8:8::/64
ip -6 route add prohibit 2001:db8:9::/64 metric 10
ip -6 route add throw 2001:db8:a::/64
ip -6 route add local 2001:db8:b::1 dev v0
ip -6 route add anycast 2001:db8:c:: dev v0
ip -6 route add multicast ff33::/16 dev v0
ip -6 route add broadcast 2001:db8:d::/64 dev v0
ip -6 route add nat 2001:db8:e::/64 dev v0
ip -6 route
ip -6 route show table local
ip -6 route show type unreachable
ip -6 -d route show 2001:db8:7::/64
ip -6 -j route show type blackhole
ip -6 route del blackhole 2001:db8:7::/64
ip -6 route del 2001:db8:8::/64
ip -6 route del prohibit 2001:db8:8::/64
ip -6 route del unreachable 2001:db8:9::/64
ip -6 route get 2001:db8:9::1
ip -6 route get 2001:db8:a::1
ip link set v1 up
ip -6 addr add 2001:db8:1::1/64 dev v0 nodad
ip -6 route add blackhole 2001:db8:17::/64
ip -6 route add unreachable 2001:db8:18::/64
ip -6 route add prohibit 2001:db8:19::/64
ip -6 route add 2001:db8:1b::/64 dev lo
ip -6 route add blackhole 2001:db8:1c::/64 via 2001:db8:1::2
ip -6 route add blackhole 2001:db8:1d::/64 dev v0
ip -6 route add unreachable 2001:db8:1e::/64 dev v0 metric 9
ip -6 route add unreachable 2001:db8:18::/64
ip -6 route add unreachable 2001:db8:18::/64 metric 5
ip -6 route add prohibit 2001:db8:18::/64 metric 5
ip -6 route add 2001:db8:14::/64 via 2001:db8:1::2 dev lo
ip -6 route add 2001:db8:15::/64 via fe80::1 dev lo
ip -6 route add local 2001:db8:1a::/64 dev lo
ip -6 route add ::1/128 dev lo table 5
ip -6 route add anycast 2001:db8:1f::/64 dev lo
ip -6 route
ip -6 route show table 5
ip -6 route get 2001:db8:17::1
ip -6 route get 2001:db8:18::1
ip -6 route get 2001:db8:19::1
ip -6 route get 2001:db8:1b::1
ip -6 route get 2001:db8:1d::1
ping -6 -c 1 2001:db8:17::1
ping -6 -c 1 2001:db8:18::1
ping -6 -c 1 2001:db8:19::1
ping -6 -c 1 2001:db8:a::1
ping -6 -c 1 -W 1 2001:db8:1b::1
ip -6 route add throw 2001:db8:f::/64 table 50
ip -6 route add 2001:db8:f::/64 via 2001:db8:1::2 table 51
ip -6 rule add to 2001:db8:f::/48 table 50 pref 100
ip -6 rule add to 2001:db8:f::/48 table 51 pref 101
ip -6 route get 2001:db8:f::1
ip -6 route get 2001:db8:17::1
ip -6 route show table 50
ip link set lo down
ip -6 route
ip link set lo up
ip -6 route
