# 535-ip6-route-save-restore: ip -6 route save/restore/showdump, and the IPv6 part of ip route save table all
# Pins down: rt6_fill_node's message sizes (cacheinfo, pref, priority always), reject routes through lo, restore's "File exists", ENODEV
ip -6 route save | wc -c
ip link add v0 type veth peer name v1
ip link set v0 up
ip link set v1 up
ip -6 addr add 2001:db8::1/64 dev v0 nodad
ip -6 route add 2001:db8:5::/48 via 2001:db8::2 metric 100
ip -6 route add unreachable 2001:db8:7::/48
ip -6 route add 2001:db8:8::/48 dev v0 proto static table 50
ip -6 route save | wc -c
ip -6 route save table all | wc -c
ip -6 route save table 50 | wc -c
ip -6 route save dev v0 | wc -c
ip route save table all | wc -c
ip -6 route save > /tmp/r6
ip -6 route showdump < /tmp/r6
ip -6 route flush table main
ip -6 route restore < /tmp/r6; echo rc=$?
ip -6 route
ip -6 route restore < /tmp/r6; echo rc=$?
ip netns add n1
ip -n n1 -6 route restore < /tmp/r6; echo rc=$?
ip -n n1 -6 route
