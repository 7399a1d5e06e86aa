# 275-ipv6-addr-checks: which IPv6 addresses a device takes, and what an address request brings
# Pins down: ipv6_add_addr's refusals (the unspecified address, multicast without mcautojoin,
# ::1 off lo whatever the prefix), a duplicate on lo, "inet6 prefix is expected" under -6 and
# "any valid" without it, an IPv4-mapped address printed with its dotted tail, tentative while
# the carrier is missing; ff00::/8 arriving with the first address request on an up device
# without carrier (even a refused one) but not with a mere link up; nodad giving the local route
# at once on a device that lost its carrier; addresses and routes gone with the link (fixed MACs
# keep the link-local order fixed).
ip link add v0 address 02:00:00:00:01:01 type veth peer name v1 address 02:00:00:00:01:02
ip link set v0 up
ip -6 route show table local
ip -6 addr add ff02::5/64 dev v0
ip -6 route show table local
ip -6 addr add ::1/128 dev v0
ip -6 addr add ::1/64 dev v0
ip -6 addr add ::/64 dev v0
ip -6 addr add ::2/128 dev lo
ip -6 addr add ::1/128 dev lo
ip -6 addr add 2001:db8::1/129 dev v0
ip addr add 2001:db8::1/129 dev v0
ip -6 addr add ::ffff:1.2.3.4/96 dev v0
ip -6 addr add ::1.2.3.5/96 dev v0
ip -6 addr show dev v0
ip -6 addr show dev lo
ip -6 route
ip link set v1 up
sleep 3
ip -6 route show table local
ip link set v0 down
ip -6 route show table all
ip -6 addr add 2001:db8:2::1/64 dev v1 nodad
ip -6 addr add 2001:db8:3::1/64 dev v1
ip -6 addr show dev v1
ip -6 route show table local
