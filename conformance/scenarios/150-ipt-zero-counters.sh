# 150-ipt-zero-counters: -Z in all its forms (iptables-nft 1.8.9)
# Pins down: -Z zeroes rule and policy counters of the chains that exist; with -v it prints
# "Zeroing chain `X'" per chain (built-in chains in hook order, then user chains by name),
# and only for chains that exist (built-in chains are created on demand); -L -Z / -L -v -Z /
# -S -Z -v list first and zero afterwards (listing shows the old counters); -Z CHAIN N zeroes
# one rule (a missing rule number is not an error, a missing chain is "Bad rule"); -Z of a
# missing chain; -L -Z on a table that does not exist yet fails in CHAIN_ZERO (exit 4) after
# listing; -Z CHAIN 0 / x parse errors; -L CHAIN -Z N takes N as the chain.
iptables -N COUNT
iptables -A INPUT -p icmp -j COUNT
iptables -A COUNT -s 127.0.0.2 -j RETURN
iptables -A COUNT -p icmp
iptables -A OUTPUT -d 127.0.0.1
ping -q -c 2 -i 0.2 127.0.0.1
ping -q -c 1 -I 127.0.0.2 127.0.0.1
iptables -Z -v
iptables -L -n -v -x
ping -q -c 2 -i 0.2 127.0.0.1
iptables -Z COUNT 2
iptables -Z COUNT 9
iptables -L COUNT -n -v
iptables -L -v -n -Z
iptables -L -n -v -x
ping -q -c 1 127.0.0.1
iptables -S -Z -v
iptables -S -v
ping -q -c 1 127.0.0.1
iptables -L OUTPUT -v -n -Z
iptables -L INPUT -v -n
iptables -Z FORWARD
iptables -Z NOPE
iptables -Z NOPE 1
iptables -Z FORWARD 1
iptables -Z INPUT 0
iptables -Z INPUT x
iptables -L INPUT -Z 2
iptables -L -Z -n INPUT 1
iptables -t nat -Z -v
iptables -t nat -L -n -v -Z
iptables -t nat -N NATCHAIN
iptables -t nat -Z -v
iptables -t nat -L -n -Z
iptables -t nat -Z -v
iptables -L -Z -n
iptables -Z -v
