# 104-rule-del-match: what a partial ip rule del spec matches
# Pins down: the first rule (in list order) that matches every field the request gives is
# deleted; fields not given match anything (table, pref, proto, action, tos, fwmark); a prefix
# must have the same length and address; iif/oif by name, also for detached rules; "not"
# must match; an action word (prohibit, nop, goto) selects by action; the default rules can
# be deleted by table or pref; a miss is "RTNETLINK answers: No such file or directory"
# and changes nothing.
ip rule add from 10.0.0.0/8 table 100 pref 100
ip rule add from 10.0.0.0/8 table 101 pref 101
ip rule add from 10.0.0.0/8 table 100 pref 102 protocol static
ip rule add not from 10.0.0.0/8 table 100 pref 103
ip rule add iif lo table 100 pref 104
ip rule add iif gone0 table 100 pref 105
ip rule add oif gone1 table 100 pref 106
ip rule add tos 0x08 table 100 pref 107
ip rule add fwmark 0x10/0xff table 100 pref 108
ip rule add to 192.168.0.0/16 prohibit pref 109
ip rule add pref 110 nop
ip rule add pref 111 goto 200
ip rule
ip rule del from 10.0.0.0/16
ip rule del from 10.0.0.1
ip rule del from 10.0.0.0/8 table 102
ip rule del protocol kernel from 10.0.0.0/8
ip rule del from 10.0.0.0/8 table 101
ip rule del from 10.0.0.0/8
ip rule del protocol static
ip rule
ip rule del not from 10.0.0.0/8
ip rule del iif gone0
ip rule del oif lo
ip rule del oif gone1
ip rule del tos 0x10
ip rule del tos 0x08
ip rule del fwmark 0x10/0xf
ip rule del fwmark 0x10
ip rule del to 192.168.0.0/16 blackhole
ip rule del prohibit
ip rule del nop
ip rule del goto 300
ip rule del goto 200
ip rule del pref 104 table 99
ip rule del pref 104
ip rule
ip rule del table main
ip rule del pref 32767
ip rule del pref 32767
ip rule
ip rule del table local
ip rule
