# 151-ipt-chain-delete: -X with and without a chain name (iptables-nft 1.8.9)
# Pins down: a user chain that still has rules or is referenced by a jump or goto cannot be
# deleted (" CHAIN_DEL failed (Device or resource busy): chain X", exit 4) and nothing changes;
# -X without a name deletes every user chain at once or, if one is busy, none (the first busy
# chain in creation order is named; with -v the "Deleting chain" lines come in name order);
# it also removes empty built-in chains with policy ACCEPT and keeps those with rules or
# policy DROP; -X of a built-in chain: empty ACCEPT -> deleted, policy DROP -> "Directory not
# empty." (exit 1), with rules -> CHAIN_DEL busy (exit 4); a missing chain; in nat too.
iptables -N AAA
iptables -N BBB
iptables -N CCC
iptables -A INPUT -j BBB
iptables -A AAA -g CCC
iptables -X BBB
iptables -X CCC
iptables -X AAA
iptables -X
iptables -L -n
iptables -D INPUT -j BBB
iptables -X BBB
iptables -X NOPE
iptables -X BBB
iptables -F AAA
iptables -N ZZZ
iptables -A ZZZ -j ACCEPT
iptables -X
iptables -X -v
iptables -F ZZZ
iptables -X -v
iptables -S
iptables -P FORWARD DROP
iptables -A OUTPUT -j ACCEPT
iptables -Z -v
iptables -X FORWARD
iptables -X OUTPUT
iptables -X INPUT
iptables -Z -v
iptables -X
iptables -Z -v
iptables -S
iptables -t nat -N NATA
iptables -t nat -A NATA -j RETURN
iptables -t nat -X
iptables -t nat -F NATA
iptables -t nat -X -v
iptables -t nat -S
