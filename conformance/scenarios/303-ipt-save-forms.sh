# 303-ipt-save-forms: iptables-save's command line (iptables-nft 1.8.9)
# Pins down: with nothing written nothing is saved; -t of a built-in table saves it even when it
# does not exist yet (its built-in chains as ACCEPT [0:0]) and creates nothing; -t of another
# name is "Table `X' does not exist" (exit 1); glued and long forms (-tnat, --table=raw,
# --tab, --counters); getopt's errors with the manual-page hint (exit 1); a stray operand;
# -c counters and policy counters after traffic; the tables in iptables-nft's enum order.
iptables-save
iptables-save -t nat
iptables-save -t filter
iptables-save -tmangle -c
iptables-save --table=raw
iptables-save --tab security --counters
iptables-save
iptables-save -t nosuch
iptables-save -t
iptables-save --table
iptables-save -x
iptables-save --bogus
iptables-save --counters=1
iptables-save filter
iptables -t nat -A POSTROUTING -o lo -j ACCEPT
iptables -t raw -A OUTPUT -p icmp
iptables -A OUTPUT -p icmp -j ACCEPT
iptables -t mangle -N MARKS
ip link set lo up
ping -q -c 2 -i 0.2 127.0.0.1
iptables-save
iptables-save -c
iptables-save -t nat -c
iptables-save -t security
iptables-save -c -t raw
