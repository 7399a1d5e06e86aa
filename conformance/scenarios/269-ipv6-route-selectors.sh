# 269-ipv6-route-selectors: prefix routes of IPv6 addresses and the selectors of ip -6 route show
# Pins down: a /128 address gets a prefix route like any other (only lo's own ::1 has none),
# home and mngtmpaddr keep theirs, noprefixroute has none; listings selected by proto, type,
# table and via (the selected field is not repeated, the type is), proto all, and the
# listing's own error texts for a bad protocol or type.
ip link add v0 type veth peer name v1
ip link set lo up
ip link set v0 up
ip link set v1 up
ip -6 addr add 2001:db8::1/128 dev v0 nodad
ip -6 addr add 2001:db8:1::1/64 dev v0 nodad home
ip -6 addr add 2001:db8:2::1/64 dev v0 nodad mngtmpaddr
ip -6 addr add 2001:db8:3::1/64 dev v0 nodad noprefixroute
ip -6 addr add 2001:db8:8::8/128 dev lo
ip -6 addr show dev v0
ip -6 route show
ip -6 route show proto kernel
ip -6 route show proto all
ip -6 route show type local table local
ip -6 route show table local proto kernel
ip -6 route show type unicast
ip -6 route show proto boot
ip -6 route show type blackhole
ip -6 route show proto nosuch
ip -6 route show type nosuch
ip -6 route add 2001:db8:4::/64 via 2001:db8:1::9
ip -6 route add 2001:db8:5::/64 via 2001:db8:1::8 proto static
ip -6 route show via 2001:db8:1::9
ip -6 route show table main proto static
ip -6 route show table main proto boot via 2001:db8:1::9
ip route show proto nosuch
ip -6 addr del 2001:db8::1/128 dev v0
ip -6 route show
