# 105-rule-exists: which rules are duplicates (ip rule add sets NLM_F_EXCL)
# Pins down: a rule equal in every field including the preference is "RTNETLINK answers:
# File exists" and is not added; without a pref the second copy gets another preference
# and is accepted; a difference in one field only (protocol, not, tos, fwmark mask, table,
# action, iif name, uid range, port, suppressor, goto target) makes it a new rule; a
# duplicate of a default rule; the failed adds change nothing.
ip rule add from 10.1.0.0/16 table 5 pref 100
ip rule add from 10.1.0.0/16 table 5 pref 100
ip rule add from 10.1.0.0/16 table 5
ip rule add from 10.1.0.0/16 table 5
ip rule add from 10.1.0.0/16 table 5 pref 100 protocol static
ip rule add from 10.1.0.0/16 table 5 pref 100 protocol static
ip rule add not from 10.1.0.0/16 table 5 pref 100
ip rule add from 10.1.0.0/16 table 6 pref 100
ip rule add from 10.1.0.0/16 prohibit pref 100
ip rule add from 10.1.0.0/16 prohibit pref 100
ip rule add from 10.1.0.0/16 tos 0x04 table 5 pref 100
ip rule add fwmark 1 table 5 pref 101
ip rule add fwmark 1/0xff table 5 pref 101
ip rule add fwmark 1/0xffffffff table 5 pref 101
ip rule add iif lo table 5 pref 102
ip rule add iif lo table 5 pref 102
ip rule add iif lo2 table 5 pref 102
ip rule add uidrange 1-2 table 5 pref 103
ip rule add uidrange 1-3 table 5 pref 103
ip rule add uidrange 1-2 table 5 pref 103
ip rule add dport 53 table 5 pref 104
ip rule add dport 53-53 table 5 pref 104
ip rule add dport 53-54 table 5 pref 104
ip rule add table main suppress_prefixlength 0 pref 105
ip rule add table main suppress_prefixlength 1 pref 105
ip rule add table main suppress_prefixlength 0 pref 105
ip rule add goto 200 pref 106
ip rule add goto 201 pref 106
ip rule add goto 200 pref 106
ip rule add table main pref 32766
ip rule add table local pref 0
ip rule add table main pref 32766 protocol kernel
ip rule
