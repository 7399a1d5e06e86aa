# 158-ipt-listing-formats: -L column formats and numbers (iptables-nft 1.8.9)
# Pins down: counters in K/M/G/T units (rounded), -x exact, --line-numbers, -n vs names
# (anywhere, all/icmp/tcp vs numbers, any vs *), interfaces and inversions (! -i, ! -s, ! -p),
# -L CHAIN N (one rule, no header), -S CHAIN N, -S -v policy and rule counters, -v -L of
# nat; reference counts of chains jumped to from several chains by -j and -g.
iptables -N T1
iptables -N T2
iptables -A INPUT -c 99999 99999 -i lo -s 10.1.0.0/16 -j T1
iptables -A INPUT -c 100000 100499 ! -i lo ! -s 10.2.0.0/16 -g T1
iptables -A INPUT -c 9999999 10000000 -p tcp ! --dport 22 -j T2
iptables -A INPUT -c 12345678901 1234567890123 ! -p udp -d 10.3.0.1 -j ACCEPT
iptables -A OUTPUT -c 5 420 -o lo -p icmp -j T2
iptables -A T1 -c 1 2 -j T2
iptables -A T2 -c 3 4 -j RETURN
iptables -P FORWARD DROP -c 77 7777
iptables -L
iptables -L -v
iptables -L -v -x
iptables -L -n -v --line-numbers
iptables -L INPUT 2
iptables -L INPUT 2 -n -v
iptables -L INPUT 9
iptables -S INPUT 3
iptables -S INPUT 3 -v
iptables -S -v
iptables-save -c
iptables -t nat -A POSTROUTING -c 1000 64000 -o lo -j RETURN
iptables -t nat -L -v
iptables -t nat -L POSTROUTING -v -n -x --line-numbers
