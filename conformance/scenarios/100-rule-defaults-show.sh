# 100-rule-defaults-show: the default policy rules and the ways of listing them
# Pins down: a new namespace has the IPv4 rules 0 local, 32766 main, 32767 default and the
# IPv6 rules 0 local, 32766 main (no default rule); list/lst/show/no command are the same dump;
# -4 and -f inet, -6; -d adds "proto kernel"; -j and -j -p layout of the default rules;
# an unknown command and help (usage, exit 255); a second namespace has its own untouched
# rules (ip netns exec and ip -n).
ip rule
ip rule list
ip rule lst
ip rule show
ip -4 rule show
ip -f inet rule
ip -6 rule
ip -6 rule show
ip -d rule
ip -d -6 rule
ip -j rule
ip -j -p rule
ip -j -6 rule
ip rule foo
ip rule help
ip rule add from 10.9.0.0/16 table 50
ip netns add ns1
ip netns exec ns1 ip rule
ip -n ns1 -j rule show
ip rule
ip netns del ns1
