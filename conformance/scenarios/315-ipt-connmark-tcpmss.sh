# 315-ipt-connmark-tcpmss: CONNMARK / -m connmark on a connection, and TCPMSS rules (iptables-nft 1.8.9)
# Pins down: CONNMARK --set-mark marks the connection (conntrack -L shows mark=, conntrack -L -m
# filters by it), --save-mark copies the packet mark (MARK) into it, --restore-mark the other
# way (seen by -m mark on the reply), -m connmark [!] --mark V[/M] counters; the -L / -S forms
# (set, xset, save, restore, and/or/xor, masks); option errors; TCPMSS --set-mss and
# --clamp-mss-to-pmtu forms, clamping only in FORWARD/OUTPUT/POSTROUTING and only for -p tcp
# (RULE_APPEND failed, exit 4), a missing or out-of-range parameter; DSCP / TOS rewriting the DS
# field of pings (echo replies copy the request's TOS) seen by -m dscp / -m tos on both sides,
# their -L forms (numeric, symbolic, and/or/xor), -S forms and errors, mangle only.
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip netns add s
ip netns exec s sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip link add eth5 type veth peer name eth6 netns s
ip addr add 192.0.2.1/24 dev eth5
ip -n s addr add 192.0.2.2/24 dev eth6
ip link set eth5 up
ip -n s link set eth6 up
# settle: carrier/operstate changes are applied by the kernel's link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ip netns exec s iptables -t mangle -A PREROUTING -p icmp --icmp-type echo-request -j CONNMARK --set-mark 0x5
ip netns exec s iptables -t mangle -A OUTPUT -p icmp -j CONNMARK --restore-mark
ip netns exec s iptables -t mangle -A OUTPUT -m mark --mark 0x5
ip netns exec s iptables -A INPUT -m connmark --mark 5
ip netns exec s iptables -A INPUT -m connmark ! --mark 0x4/0xc
ping -q -c 2 -i 0.2 192.0.2.2
ip netns exec s conntrack -L
ip netns exec s conntrack -L -m 5
ip netns exec s conntrack -L -m 6
ip netns exec s iptables -t mangle -L -n -v
ip netns exec s iptables -L INPUT -n -v
ip netns exec s conntrack -F
ip netns exec s iptables -t mangle -F
ip netns exec s iptables -t mangle -A PREROUTING -j MARK --set-mark 0x21
ip netns exec s iptables -t mangle -A PREROUTING -j CONNMARK --save-mark --mask 0xf
ping -q -c 1 192.0.2.2
ip netns exec s conntrack -L
ip netns exec s iptables -t mangle -A PREROUTING -j CONNMARK --and-mark 0x3
ip netns exec s iptables -t mangle -A PREROUTING -j CONNMARK --or-mark 0x30
ip netns exec s iptables -t mangle -A PREROUTING -j CONNMARK --xor-mark 0x1
ip netns exec s iptables -t mangle -A PREROUTING -j CONNMARK --set-xmark 0x3/0xff
ip netns exec s iptables -t mangle -A PREROUTING -j CONNMARK --save-mark
ip netns exec s iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark --nfmask 0xf0 --ctmask 0xf
ip netns exec s iptables -t mangle -A PREROUTING -j CONNMARK
ip netns exec s iptables -t mangle -A PREROUTING -j CONNMARK --set-mark 1 --save-mark
ip netns exec s iptables -t mangle -A PREROUTING -j CONNMARK --set-mark x
ip netns exec s iptables -t mangle -A PREROUTING -m connmark
ip netns exec s iptables -t mangle -S PREROUTING
ip netns exec s iptables -t mangle -L PREROUTING -n
ip netns exec s iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
ip netns exec s iptables -t mangle -A FORWARD -p tcp --syn -j TCPMSS --set-mss 1200
ip netns exec s iptables -t mangle -A FORWARD -j TCPMSS --set-mss 1200
ip netns exec s iptables -t mangle -A FORWARD -p tcp -j TCPMSS
ip netns exec s iptables -t mangle -A FORWARD -p tcp -j TCPMSS --set-mss 65516
ip netns exec s iptables -t mangle -A PREROUTING -p tcp -j TCPMSS --clamp-mss-to-pmtu
ip netns exec s iptables -t mangle -A INPUT -p tcp -j TCPMSS --set-mss 1000
ip netns exec s iptables -A OUTPUT -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
ip netns exec s iptables -t mangle -S FORWARD
ip netns exec s iptables -t mangle -L -n
ip netns exec s iptables -S OUTPUT
ip netns exec s iptables -t mangle -F
iptables -t mangle -A OUTPUT -p icmp -j TOS --set-tos Minimize-Delay
iptables -t mangle -A PREROUTING -p icmp -m dscp --dscp 4
iptables -t mangle -A PREROUTING -p icmp -m tos ! --tos 0x10
ip netns exec s iptables -t mangle -A PREROUTING -m tos --tos Minimize-Delay
ip netns exec s iptables -t mangle -A PREROUTING -m dscp --dscp-class cs2
ip netns exec s iptables -t mangle -A OUTPUT -p icmp -j DSCP --set-dscp-class EF
ping -q -c 2 -i 0.2 192.0.2.2
iptables -t mangle -L -n -v
iptables -t mangle -L OUTPUT
ip netns exec s iptables -t mangle -L -n -v
iptables -t mangle -A POSTROUTING -j TOS --and-tos 0x3
iptables -t mangle -A POSTROUTING -j TOS --or-tos 0x3
iptables -t mangle -A POSTROUTING -j TOS --xor-tos 0x3
iptables -t mangle -A POSTROUTING -j TOS --set-tos 0x10/0x3f
iptables -t mangle -A POSTROUTING -j TOS --set-tos 0x100
iptables -t mangle -A POSTROUTING -j TOS
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp 64
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp-class XX
iptables -t mangle -A POSTROUTING -j DSCP
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp 1 --set-dscp-class EF
iptables -A OUTPUT -j DSCP --set-dscp 1
iptables -A OUTPUT -j TOS --set-tos 0x10
iptables -t mangle -A POSTROUTING -m dscp --dscp 70
iptables -t mangle -A POSTROUTING -m dscp
iptables -t mangle -L POSTROUTING
iptables -t mangle -S
