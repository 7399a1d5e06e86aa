# 115-rule-show-flush-filters: the selectors of ip rule show and ip rule flush
# Pins down: show filters by pref, table (names), from/to (a filter prefix matches rules
# whose prefix is at least as long and inside it; "all" matches everything), not, tos,
# fwmark, iif/oif names, uidrange, ipproto and ports; flush removes only what the filter
# selects (protocol filter too, "protocol all"), never a pref 0 rule, and flush with no
# filter leaves just the rules at pref 0.
ip rule add pref 10 from 10.1.0.0/16 table 100
ip rule add pref 11 from 10.1.2.0/24 table 100
ip rule add pref 12 from 10.2.0.0/16 table 101
ip rule add pref 13 to 192.168.0.0/16 table 101 protocol static
ip rule add pref 14 not from 10.3.0.0/16 table 102
ip rule add pref 15 tos 0x08 fwmark 0x4/0xc table 102 protocol static
ip rule add pref 16 iif lo oif nonexist table 103
ip rule add pref 17 uidrange 100-200 ipproto tcp dport 22 table 103
ip rule add pref 0 from 10.9.0.0/16 table 104
ip rule show pref 10
ip rule show table 100
ip rule show table main
ip rule show lookup local
ip rule show from 10.1.0.0/16
ip rule show from 10.1.2.0/24
ip rule show from 10.0.0.0/8
ip rule show from all
ip rule show to 192.168.0.0/16
ip rule show 192.168.1.0/24
ip rule show not
ip rule show tos 0x08
ip rule show fwmark 0x4
ip rule show fwmark 0x4/0xc
ip rule show iif lo
ip rule show dev lo
ip rule show oif nonexist
ip rule show uidrange 100-200
ip rule show ipproto tcp
ip rule show dport 22
ip rule show from 10.1.0.0/16 table 100 pref 11
ip rule flush table 101 protocol static
ip rule
ip rule flush from 10.1.0.0/16
ip rule
ip rule flush protocol all table 102
ip rule
ip rule flush
ip rule
ip rule flush
ip rule
