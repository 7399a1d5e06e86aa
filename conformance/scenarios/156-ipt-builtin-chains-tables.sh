# 156-ipt-builtin-chains-tables: built-in chains come into being on demand, in every table
# Pins down: iptables-nft creates a table on its first write and a built-in chain only when a
# command names it (-A/-I/-P/-F CHAIN) or -F -v runs (all of them), -N creates only the table;
# listings (-L, -S, iptables-save) show missing built-in chains as ACCEPT with zero counters;
# -Z -v shows which exist; -L -Z creates the missing ones of an existing table; filter, nat,
# mangle, raw and security; policy DROP listed with its counters; iptables-save -c counters
# and [policy counters], several tables in one save; -t with an unknown table.
iptables -t mangle -A PREROUTING -j ACCEPT
iptables -t mangle -Z -v
iptables -t mangle -S
iptables -t mangle -F FORWARD
iptables -t mangle -Z -v
iptables -t mangle -L -Z
iptables -t mangle -Z -v
iptables -t raw -N RAWC
iptables -t raw -Z -v
iptables -t raw -F -v
iptables -t raw -Z -v
iptables -t security -P OUTPUT DROP
iptables -t security -Z -v
iptables -t security -L -v
iptables -t security -P OUTPUT ACCEPT
iptables -t nat -I POSTROUTING -o lo -j ACCEPT
iptables -t nat -Z -v
iptables -P OUTPUT DROP
iptables -A OUTPUT -o lo -p icmp -j ACCEPT
iptables -A INPUT -c 1234567 987654321 -j ACCEPT
ping -q -c 2 -i 0.2 127.0.0.1
iptables -L -v
iptables -L -v -x -n --line-numbers
iptables -S -v
iptables-save -c
iptables-save -t nat
iptables-save -t raw
iptables -t nosuch -L
iptables -t nosuch -A INPUT -j ACCEPT
iptables -P OUTPUT ACCEPT
