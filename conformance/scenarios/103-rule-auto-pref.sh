# 103-rule-auto-pref: the preference a rule gets when none is given
# Pins down: fib_default_rule_pref is one below the preference of the SECOND rule in the list
# (not the lowest one): 32765, 32764, ... below main; an explicit small pref makes the next
# one pref-1 of it; with a second rule at pref 0 every new rule gets 0; after deleting the
# local rule the second rule is another one; a rule list with one rule or none gives 0;
# equal preferences keep insertion order (new ones after old ones); flush removes every rule
# with a non-zero preference and keeps the pref 0 ones.
ip rule add from 10.0.1.0/24 table 10
ip rule add from 10.0.2.0/24 table 10
ip rule add from 10.0.3.0/24 table 10 pref 500
ip rule add from 10.0.4.0/24 table 10
ip rule add from 10.0.5.0/24 table 10 pref 500
ip rule add from 10.0.6.0/24 table 10 pref 32766
ip rule
ip rule del pref 0
ip rule add from 10.0.7.0/24 table 11
ip rule
ip rule add pref 0 table local
ip rule add from 10.0.8.0/24 table 11
ip rule add pref 0 from 10.0.9.0/24 table 12
ip rule add from 10.0.10.0/24 table 12
ip rule add pref 1 from 10.0.11.0/24 table 12
ip rule add from 10.0.12.0/24 table 12
ip rule
ip rule flush
ip rule
ip rule add from 10.0.13.0/24 table 13
ip rule
ip rule del pref 0 table local
ip rule del pref 0
ip rule
ip rule add from 10.0.14.0/24 table 14
ip rule add from 10.0.15.0/24 table 15
ip rule add pref 100 from 10.0.16.0/24 table 16
ip rule add from 10.0.17.0/24 table 17
ip rule
