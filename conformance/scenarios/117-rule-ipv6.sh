# 117-rule-ipv6: ip -6 rule
# Pins down: the IPv6 default rules (0 local, 32766 main, no default-table rule) and the
# auto preference below main; IPv6 prefixes (host /128 without length), a lookup table is
# required ("table 0" is "Error: Invalid table."); duplicates are File exists; delete by
# prefix; -6 show filters; the IPv4 list is separate; -j output; an IPv4 prefix with -6 is
# a parse error.
ip -6 rule add from 2001:db8::/32 table 100
ip -6 rule add to 2001:db8:1::1 lookup 101
ip -6 rule add from 2001:db8::/32 table 100 pref 32765
ip -6 rule add iif lo fwmark 0x3 table 102
ip -6 rule add not from fd00::/8 prohibit
ip -6 rule add table 0 from fd01::/16
ip -6 rule add from 10.0.0.1 table 5
ip -6 rule
ip rule
ip -6 rule show table 100
ip -6 rule show from 2001:db8::/32
ip -j -6 rule
ip -6 rule del from 2001:db8::/32
ip -6 rule del to 2001:db8:1::1/128
ip -6 rule del to 2001:db8:1::1
ip -6 rule
ip -6 rule flush
ip -6 rule
