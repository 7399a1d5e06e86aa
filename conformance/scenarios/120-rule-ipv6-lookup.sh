# 120-rule-ipv6-lookup: IPv6 policy rules in output lookups
# Pins down: ip -6 route get through rules: a to-prefix rule sends a destination to its
# table ("table 100" shown), a miss there falls through to main, unreachable/prohibit/
# blackhole rules give their errors, deleting the rules restores main; ping -6 follows the
# rule's table; the IPv4 rules do not affect IPv6 and the other way round.
ip link add veth0 type veth peer name veth1
ip netns add ns1
ip link set veth1 netns ns1
ip link set veth0 up
ip -n ns1 link set veth1 up
ip addr add 2001:db8:1::1/64 dev veth0 nodad
ip -n ns1 addr add 2001:db8:1::2/64 dev veth1 nodad
ip -n ns1 addr add 2001:db8:99::1/128 dev lo
ip -n ns1 route add default via 2001:db8:1::1
ip -6 route add 2001:db8:99::/64 via 2001:db8:1::2 table 100
ip -6 route get 2001:db8:99::1
ip -6 rule add to 2001:db8:99::/48 table 100 pref 100
ip -6 route get 2001:db8:99::1
ip -6 route get 2001:db8:98::1
ip -6 route get 2001:db8:1::2
ping -6 -c 1 -W 1 2001:db8:99::1
ip rule add to 10.0.0.0/8 prohibit pref 10
ip -6 route get 2001:db8:99::1
ip -6 rule add to 2001:db8:97::/64 unreachable pref 50
ip -6 rule add to 2001:db8:96::/64 prohibit pref 51
ip -6 rule add to 2001:db8:95::/64 blackhole pref 52
ip -6 route get 2001:db8:97::1
ip -6 route get 2001:db8:96::1
ip -6 route get 2001:db8:95::1
ip -6 rule
ip -6 rule del pref 100
ip -6 route get 2001:db8:99::1
ping -6 -c 1 -W 1 2001:db8:99::1
ip -6 rule flush
ip -6 route get 2001:db8:1::2
ip netns del ns1
