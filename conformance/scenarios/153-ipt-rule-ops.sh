# 153-ipt-rule-ops: -C, -R, -I with positions, -D by spec and by number (iptables-nft 1.8.9)
# Pins down: -C exits 0 when an identical rule exists and 1 with "Bad rule (does a matching
# rule exist in that chain?)." otherwise (also on a chain that does not exist yet); -I N
# inserts before rule N, N = count+1 appends, beyond that "Index of insertion too big." (also
# on a built-in chain not created yet); -R N replaces (counters reset), out of range "Index of
# replacement too big."; -D by spec deletes the first identical rule only (-j vs -g differ);
# -D N out of range "Index of deletion too big."; rule number 0 / garbage; a chain that does
# not exist yet for -R / -D N / -D spec.
iptables -R INPUT 1 -j ACCEPT
iptables -D INPUT 1
iptables -D INPUT -j ACCEPT
iptables -C INPUT -j ACCEPT
iptables -I INPUT 2 -j ACCEPT
iptables -N SUB
iptables -A INPUT -s 10.0.0.1 -j ACCEPT
iptables -A INPUT -s 10.0.0.3 -j ACCEPT
iptables -I INPUT 2 -s 10.0.0.2 -j ACCEPT
iptables -I INPUT 4 -s 10.0.0.4 -j ACCEPT
iptables -I INPUT 6 -s 10.0.0.6 -j ACCEPT
iptables -I INPUT -s 10.0.0.0 -j ACCEPT
iptables -A INPUT -j SUB
iptables -A INPUT -g SUB
iptables -A INPUT -j SUB
iptables -L INPUT -n --line-numbers
iptables -C INPUT -s 10.0.0.2 -j ACCEPT
iptables -C INPUT -s 10.0.0.2/32 -j ACCEPT
iptables -C INPUT -s 10.0.0.2 -j DROP
iptables -C INPUT -s 10.0.0.2
iptables -C INPUT -g SUB
iptables -C SUB -j ACCEPT
iptables -C NOPE -j ACCEPT
iptables -C INPUT 1 -j ACCEPT
iptables -D INPUT -j SUB
iptables -L INPUT -n --line-numbers
iptables -D INPUT 7
iptables -D INPUT 9
iptables -D INPUT 0
iptables -D NOPE 1
iptables -A INPUT -c 5 600 -s 10.0.0.9 -j ACCEPT
iptables -R INPUT 7 -s 10.0.0.8 -j DROP
iptables -R INPUT 8 -s 10.0.0.8 -j DROP
iptables -R INPUT 0 -j DROP
iptables -R INPUT -j DROP
iptables -R INPUT 2 -s 10.0.0.0/24,10.0.1.0/24 -j DROP
iptables -R INPUT 1 -c 7 700 -s 10.9.9.9 -j DROP
iptables -S INPUT -v
iptables -D INPUT 1
iptables -D INPUT -s 10.0.0.2 -j ACCEPT
iptables -D INPUT -s 10.0.0.2 -j ACCEPT
iptables -L INPUT -n -v --line-numbers
iptables -I OUTPUT 2 -j ACCEPT
iptables -I OUTPUT 1 -j ACCEPT
iptables -S OUTPUT
