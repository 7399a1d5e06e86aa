# 307-ipt-port-names: port numbers shown as /etc/services names in iptables -L (iptables-nft 1.8.9)
# Pins down: without -n, tcp/udp ports and multiport lists are named by getservbyport with the
# rule's protocol (1 is tcpmux for tcp but not udp, 2 has no tcp entry, 53 domain, 123 ntp, 514
# shell/tcp vs syslog/udp, 8080 http-alt), ranges name both ends, -n keeps numbers, -S always
# numbers; service names are accepted as ports (ssh, http-alt) and an unknown one is refused;
# LOG --log-level names and the "log level" error with its blank line.
iptables -A INPUT -p tcp -m multiport --dports 1,2,3,22,53 -j ACCEPT
iptables -A INPUT -p udp -m multiport --sports 1,53,123,514 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --ports 20:23,514,8080 -j ACCEPT
iptables -A INPUT -p tcp --dport 1
iptables -A INPUT -p udp --sport 514 --dport 67:68
iptables -A INPUT -p tcp --dport ssh
iptables -A INPUT -p tcp --sport http-alt
iptables -A INPUT -p tcp --dport nosuchsvc
iptables -A INPUT -p udp --dport domain
iptables -A INPUT -j LOG --log-level crit
iptables -A INPUT -j LOG --log-level 7
iptables -A INPUT -j LOG --log-level 8
iptables -A INPUT -j LOG --log-level bogus
iptables -L INPUT
iptables -L INPUT -n
iptables -S INPUT
