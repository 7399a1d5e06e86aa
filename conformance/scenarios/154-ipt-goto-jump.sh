# 154-ipt-goto-jump: -g goto vs -j jump in packet traversal, with exact counters
# Pins down: after a jumped chain ends (or RETURNs) the caller continues with its next rule;
# after a goto'ed chain ends (or RETURNs) traversal continues after the rule that jumped to the
# caller's caller, or with the built-in chain's policy when that was the built-in chain itself;
# nested jump -> goto -> RETURN; [goto] in -L, -g in -S/iptables-save; reference counts count
# gotos; policy counters of INPUT and OUTPUT.
iptables -N L1
iptables -N L2
iptables -N L3
iptables -A INPUT -p icmp --icmp-type echo-request -j L1
iptables -A INPUT -p icmp --icmp-type echo-request
iptables -A L1 -g L2
iptables -A L1 -s 127.0.0.1
iptables -A L2 -j L3
iptables -A L2 -s 127.0.0.1
iptables -A L3 -j RETURN
iptables -A L3 -s 127.0.0.1
iptables -P INPUT ACCEPT
ping -q -c 3 -i 0.2 127.0.0.1
iptables -L -n -v -x
iptables -Z
iptables -R L3 1 -g L2 -s 127.0.0.9
iptables -I L2 1 -g L3 -s 127.0.0.1
ping -q -c 2 -i 0.2 127.0.0.1
iptables -L -n -v -x
iptables -S
iptables -Z
iptables -F INPUT
iptables -A INPUT -p icmp --icmp-type echo-request -g L3
iptables -A INPUT -p icmp --icmp-type echo-request
iptables -P INPUT DROP
ping -q -c 2 -i 0.2 -W 1 127.0.0.1
iptables -L INPUT -n -v -x
iptables -L L3 -n -v -x
iptables-save -c
iptables -P INPUT ACCEPT
