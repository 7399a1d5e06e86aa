# 157-ipt-rename-builtin: renaming a built-in chain (iptables-nft 1.8.9 quirk) and references
# Pins down: -E INPUT X is accepted (nf_tables renames the base chain, which keeps its hook and
# its rules); iptables then cannot show it: listings print "# Table `filter' contains incompatible
# base-chains, use 'nft' tool to list them.", show INPUT as an empty fake chain, and the hidden
# chain's jumps still count in a user chain's "references"; -L X / -A X / -X X do not find it;
# the hidden chain still filters packets (its DROP policy and rules apply at the INPUT hook).
iptables -N CNT
iptables -A INPUT -p icmp -j CNT
iptables -A OUTPUT -p icmp -j CNT
iptables -P INPUT DROP
iptables -E INPUT HIDDEN
iptables -L -n
iptables -S
iptables -L HIDDEN -n
iptables -A HIDDEN -j ACCEPT
iptables -X HIDDEN
iptables -L INPUT -n
ping -q -c 1 -W 1 127.0.0.1
iptables -L CNT -n -v -x
iptables-save
