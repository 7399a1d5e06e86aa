# 116-rule-types-tables: rule types other than lookup, and table numbers
# Pins down: "table 0" on a lookup rule takes the lowest unused table id (1, then 2, ...)
# and creates that table (ip route show table 1 is empty, not an error); a rule type word
# gives the action: unicast = lookup, broadcast/brd = nop (rtntype 3), throw keeps the table
# and prints "throw", nat is "masquerade", type keyword, abbreviations (prohib, unr, black);
# tables above 255 and up to 4294967295; lookup of a table that does not exist falls
# through; rules without an action table do not print lookup.
ip route show table 1
ip rule add pref 10 table 0
ip rule add pref 11 table 0
ip rule add pref 12 table unspec
ip rule
ip route show table 1
ip route show table 3
ip route show table 4
ip rule add pref 20 from 10.20.0.0/16 unicast table 7
ip rule add pref 21 from 10.21.0.0/16 broadcast
ip rule add pref 22 from 10.22.0.0/16 brd
ip rule add pref 23 from 10.23.0.0/16 throw table 7
ip rule add pref 24 from 10.24.0.0/16 type prohibit
ip rule add pref 25 from 10.25.0.0/16 prohib
ip rule add pref 26 from 10.26.0.0/16 unr
ip rule add pref 27 from 10.27.0.0/16 black
ip rule add pref 28 from 10.28.0.0/16 nat 10.0.0.1
ip rule add pref 29 from 10.29.0.0/16 type 6
ip rule add pref 30 from 10.30.0.0/16 table 256
ip rule add pref 31 from 10.31.0.0/16 table 65536
ip rule add pref 32 from 10.32.0.0/16 lookup 4294967295
ip rule add pref 33 from 10.33.0.0/16 table 0x20
ip rule add pref 34 from 10.34.0.0/16 blackhole table 9
ip rule
ip -j rule show pref 23
ip -j rule show pref 28
ip route get 10.20.0.1 from 10.20.0.9
ip route get 10.1.1.1 from 10.29.0.9
ip route get 10.1.1.1 from 10.23.0.9
