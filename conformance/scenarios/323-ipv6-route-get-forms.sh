# 323-ipv6-route-get-forms: ip -6 route get and the listing selectors
# Pins down: route get with from (RTA_SRC shown, the preferred source chosen anyway), oif, iif
# (an input lookup: no src, "iif DEV" before pref; a local destination from lo, an unreachable
# route's EHOSTUNREACH, no route's ENETUNREACH), a prefix warned about and masked, -j and -d (type,
# table main, proto boot, scope global); route show cache (no IPv6 exceptions here: empty), match
# (routes covering an address), root (routes inside a prefix), exact, to, and flush by prefix.
ip link add v0 address 02:00:00:00:09:01 type veth peer name v1 address 02:00:00:00:09:02
ip link set v0 up
ip link set v1 up
ip -6 addr add 2001:db8:1::1/64 dev v0 nodad
ip -6 addr add 2001:db8:2::1/64 dev v1 nodad
ip -6 route add 2001:db8:9::/64 via 2001:db8:1::2
ip -6 route get 2001:db8:9::5
ip -6 route get 2001:db8:9::5 from 2001:db8:2::1
ip -6 route get 2001:db8:9::5 oif v1
ip -6 route get 2001:db8:9::5 iif v1
ip -6 route get 2001:db8:9::5 from 2001:db8:2::7 iif v1
ip -6 route get 2001:db8:1::1
ip -6 route get fe80::1 oif v0
ip -6 route get fe80::1
ip -6 route get ff02::1
ip -6 route get ::1
ip -6 -j route get 2001:db8:9::5
ip -6 -d route get 2001:db8:9::5
ip -6 route get 2001:db8:9::5 mark 5
ip -6 route get 2001:db8:9::/64
ip -6 -j -p route show
ip -6 -s route show
ip -6 -d route show table local
ip -6 route show cache
ip -6 route list match 2001:db8:9::1
ip -6 route show root 2001:db8::/32
ip -6 route flush 2001:db8:9::/64
ip -6 route
ip -6 route get 2001:db8:2::1 iif v0
ip -6 route get 2001:db8:2::1 from 2001:db8:1::9 iif v0
ip -6 route add unreachable 2001:db8:8::/64
ip -6 route get 2001:db8:8::1 iif v0
ip -6 route get 2001:db8:7::1 iif v0
ip -6 -j route get 2001:db8:2::1 iif v0
ip -6 route get 2001:db8:9::5 iif nosuch
ip -6 route show match 2001:db8:2::1/128
ip -6 route show exact 2001:db8:2::/64
ip -6 route show root 2001:db8:2::/48
ip -6 route show to match ::/0
