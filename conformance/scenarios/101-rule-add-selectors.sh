# 101-rule-add-selectors: every selector of ip rule add and how the listing prints it
# Pins down: from/to prefixes kept as given (10.1.0.0/8 is not masked, a host has no /32),
# from all, not, tos and dsfield (hex), fwmark with and without mask (0x... forms, mask
# 0xffffffff hidden), iif/oif (a missing device shows [detached], lo does not), uidrange,
# ipproto by name and number, sport/dport single and ranges (a number above 65535 wraps),
# table/lookup names and numbers (above 255 too), protocol names (static, 99 = openr) shown
# without -d, realms, the order of fields in the line; each rule auto-numbered one below the
# second rule.
ip rule add from 10.1.0.0/8 table 100
ip rule add from 192.168.1.7 to 172.16.0.0/12 lookup 101
ip rule add from all to 10.200.0.0/16 table main
ip rule add not from 10.2.0.0/16 table 102
ip rule add not to 10.3.0.1 lookup default
ip rule add tos 0x10 table 103
ip rule add dsfield 08 table 103
ip rule add fwmark 7 table 104
ip rule add fwmark 0x100/0xff00 table 104
ip rule add fwmark 0x3/0xffffffff table 104
ip rule add iif lo table 105
ip rule add iif nosuchdev table 105
ip rule add oif nosuch2 lookup 105
ip rule add uidrange 1000-1999 table 106
ip rule add uidrange 0-0 table 106
ip rule add ipproto udp table 107
ip rule add ipproto 6 dport 443 table 107
ip rule add ipproto tcp sport 1024-65000 dport 22 table 107
ip rule add dport 70001 table 107
ip rule add table 300
ip rule add table 4294967295
ip rule add from 10.4.0.0/16 table 108 protocol static
ip rule add from 10.5.0.0/16 table 108 proto 99
ip rule add from 10.6.0.0/16 table 108 realms 5
ip rule add from 10.7.0.0/16 table 108 realms 2/6
ip rule add not from 10.8.0.0/24 to 10.9.0.0/24 tos 0x04 fwmark 0x1/0x1 iif lo oif nosuch3 uidrange 5-6 ipproto udp sport 53 dport 1000-2000 lookup 109 proto boot
ip rule
ip -d rule
ip -j rule
