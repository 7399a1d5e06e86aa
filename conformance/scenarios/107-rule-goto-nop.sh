# 107-rule-goto-nop: goto and nop rules, their resolution and their effect on lookups
# Pins down: a goto to a missing preference is [unresolved] and is skipped; it resolves when
# a rule with that preference is added (the first one of that pref), a deleted target moves
# the goto to the next rule of the same preference or makes it unresolved again; a matching
# goto skips the rules between it and its target; nop rules are passed over; goto evaluated
# by ip route get (which table answers, "table N" in the result).
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip route add 192.168.50.0/24 via 10.0.0.10 table 10
ip route add 192.168.50.0/24 via 10.0.0.20 table 20
ip route add 192.168.50.0/24 via 10.0.0.30 table 30
ip rule add pref 100 to 192.168.50.0/24 goto 300
ip rule add pref 200 table 20
ip rule
ip route get 192.168.50.5
ip rule add pref 300 table 30
ip rule add pref 300 table 10
ip rule
ip route get 192.168.50.5
ip rule del pref 300 table 30
ip rule
ip route get 192.168.50.5
ip rule del pref 300
ip rule
ip route get 192.168.50.5
ip rule add pref 150 nop
ip rule add pref 50 to 192.168.50.0/24 nop
ip rule add pref 300 from 10.0.0.0/8 table 30
ip rule
ip route get 192.168.50.5
ip route get 192.168.50.5 from 10.0.0.1
ip rule add pref 120 goto 300
ip rule del pref 100
ip rule
ip route get 192.168.50.5
ip rule del pref 200
ip route get 192.168.50.5
ip -j rule show pref 120
