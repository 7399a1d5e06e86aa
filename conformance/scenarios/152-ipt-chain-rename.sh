# 152-ipt-chain-rename: -E old new (iptables-nft 1.8.9)
# Pins down: renaming keeps rules and the jumps to the chain (they follow the new name, with
# their counters); the new name is checked first: an existing chain or any built-in chain name
# of the table gives "File exists." even when the old chain is missing; then a missing old
# chain gives "No chain/target/match by that name."; the new name is not validated (a target
# name or a 29-character name is accepted) but the old one must be under 29 characters; -E
# without a new name; -E in the nat table; the renamed chain sorts by its new name.
iptables -N WEB
iptables -N LOGDROP
iptables -A INPUT -p icmp -j WEB
iptables -A WEB -s 127.0.0.2 -j LOGDROP
iptables -A WEB -j ACCEPT
ping -q -c 1 127.0.0.1
iptables -E WEB AAA_WEB
iptables -L -n -v
iptables -E NOPE LOGDROP
iptables -E NOPE FORWARD
iptables -E NOPE NEWNAME
iptables -E AAA_WEB INPUT
iptables -E AAA_WEB AAA_WEB
iptables -E AAA_WEB
iptables -E LOGDROP DROP
iptables -S
iptables -E DROP ABCDEFGHIJKLMNOPQRSTUVWXYZ012
iptables -E ABCDEFGHIJKLMNOPQRSTUVWXYZ012 SHORT
iptables -L -n
iptables -X ABCDEFGHIJKLMNOPQRSTUVWXYZ012
iptables -t nat -N PORTS
iptables -t nat -A PREROUTING -j PORTS
iptables -t nat -E PORTS PORTS2
iptables -t nat -E PORTS2 POSTROUTING
iptables -t nat -S
