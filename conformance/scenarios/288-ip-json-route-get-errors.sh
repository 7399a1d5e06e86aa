# 288-ip-json-route-get-errors: ip -j / -j -p for route get, -d listings and failing dumps
# Pins down: `ip -j route get` (type for non-unicast answers, from, gateway, dev, prefsrc, an
# empty flags array, uid, the RTCF cache flags as the "cache" array) pretty and compact,
# fibmatch as JSON; -d names the main table too ("table main") when the listing is of every
# table, not when it is of main; a dump of a missing table prints its extack and "Dump
# terminated", and stdout gets only the JSON array's opening ("[" or "[ "); empty results
# ("[ ]"); device errors under -j.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add v0 type veth peer name v1
ip addr add 10.0.0.1/24 dev v0
ip link set v0 up
ip link set v1 up
ip link set lo up
ip route add 10.5.0.0/16 via 10.0.0.2 metric 5
ip route add 10.6.0.0/16 dev v0 table 55
ip -d route show table all
ip -d route show
ip -d route show table 55
ip -j -d route show
ip -j -p -d route show table all
ip -j route show table 56
ip -j -p route show table 56
ip -j route get 10.5.1.1
ip -j route get 10.0.0.1
ip -j -p route get 127.0.0.1
ip -j route get 10.0.0.255
ip -j -p route get 10.5.1.1 from 10.0.0.1
ip -j route get 10.5.1.1 mark 0x20
ip -j route get 10.0.0.2 from 10.0.0.1 iif lo
ip -j -p route get fibmatch 10.5.1.1
ip -j route get 10.99.1.1 oif v1
ip -j neigh show dev nosuch
ip -j addr show dev nosuch
ip -j -p rule show table 99
ip -j -p neigh show dev v1
