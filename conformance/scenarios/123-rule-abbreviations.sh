# 123-rule-abbreviations: which ip rule keywords may be abbreviated, and to what
# Pins down: "ip ru", "sh", "a", "d", "l", "fl" commands; in add "t" is table, "prio"/"order"
# are the preference (numbers in hex/octal), "dev" is iif, "tab" is table, while "look",
# "fr" and a bare prefix fall to the rule-type parser ("Failed to parse rule type"); in a
# listing filter "t" is tun_id (checked before table), so "ip rule fl t 5" flushes nothing;
# -4/-6 prefixes of the other family are parse errors in add and in show.
ip ru
ip ru sh
ip rule a from 1.2.3.4 t 5
ip rule add from 1.2.3.5 look 5
ip rule add from 1.2.3.6 dev lo prio 7 tab main
ip rule add fr 1.2.3.7 table 5
ip rule add 1.2.3.8 table 5
ip rule d from 1.2.3.4
ip rule l
ip rule add from 1.2.3.9 table 5 pref 0x20
ip rule add from 1.2.3.10 table 5 order 010
ip rule show pr 32
ip rule fl t 5
ip rule
ip -4 rule add from 2001:db8::1 table 5
ip -6 rule add to 1.2.3.4 table 5
ip rule show from 2001:db8::/32
ip -6 rule show from 10.0.0.0/8
