# 102-rule-json: ip -j and ip -j -p for every kind of rule field
# Pins down: priority/srclen/dstlen/goto/ports/uids as numbers, table/tos/fwmark/fwmask/
# suppress_ifgroup as strings, not/iif_detached/oif_detached/nop/unresolved as null, "src":"all",
# "action" for blackhole/prohibit/unreachable, "protocol" only when not unspec/kernel (all
# with -d), the pretty layout of json_writer (objects in a "[ {" ... "} ]" array).
ip rule add pref 10 not from 10.0.0.0/8 to 10.1.2.3 table 7
ip rule add pref 11 iif missing0 oif lo tos 0x1c blackhole
ip rule add pref 12 fwmark 0x20/0xf0 prohibit
ip rule add pref 13 fwmark 9 unreachable
ip rule add pref 14 goto 15
ip rule add pref 15 goto 99
ip rule add pref 16 nop
ip rule add pref 17 uidrange 10-20 ipproto icmp sport 7 dport 8-9 table 3 protocol bird
ip rule add pref 18 table main suppress_prefixlength 0 suppress_ifgroup 4
ip rule add pref 19 from 172.16.5.0/24 table local
ip -j rule
ip -j -p rule
ip -j -d rule show pref 17
ip -j rule show table 7
ip -j rule show table 12345
