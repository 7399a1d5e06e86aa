iptables -A INPUT -p tcp --syn -j ACCEPT
iptables -A INPUT -p tcp ! --syn -j DROP
iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN
iptables -A INPUT -p tcp --tcp-flags ALL NONE
iptables -A INPUT -p tcp ! --tcp-flags FIN,SYN,RST,ACK RST,ACK
iptables -A INPUT -p tcp --tcp-flags ALL FIN,PSH,URG
iptables -A INPUT -p tcp --tcp-flags ALL ALL
iptables -A INPUT -p tcp --tcp-flags SYN,FIN SYN,FIN --dport 22
iptables -A INPUT -p tcp --sport 80 --tcp-flags ACK ACK
iptables -A INPUT -m limit --limit 5/sec --limit-burst 10 -j ACCEPT
iptables -A INPUT -m limit --limit 3/minute
iptables -A INPUT -m limit --limit 1/hour --limit-burst 1
iptables -A INPUT -m limit --limit 2/day
iptables -A INPUT -m limit
iptables -A INPUT -m limit --limit 10000/sec
iptables -A INPUT -m limit --limit 7/minute
iptables -A INPUT -m limit --limit 100/hour
iptables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.9
iptables -A INPUT -m iprange ! --dst-range 192.168.1.10-192.168.1.20
iptables -A INPUT -m iprange --src-range 10.0.0.1-10.0.0.9 ! --src-range 10.0.0.5-10.0.0.7
iptables -A INPUT -m iprange ! --src-range 1.1.1.1-1.1.1.1 --dst-range 2.2.2.2-2.2.2.3
iptables -A INPUT -m iprange --src-range 10.0.0.1
iptables -A INPUT -m mac --mac-source 00:11:22:aa:BB:cc -j DROP
iptables -A INPUT -m mac ! --mac-source 02:00:00:00:00:01
iptables -A INPUT -m length --length 100
iptables -A INPUT -m length ! --length 100:200
iptables -A INPUT -m length --length :500
iptables -A INPUT -m length --length 1000:
iptables -A INPUT -m ttl --ttl-eq 64
iptables -A INPUT -m ttl ! --ttl-eq 1
iptables -A INPUT -m ttl --ttl-lt 10
iptables -A INPUT -m ttl --ttl-gt 100
iptables -t mangle -A PREROUTING -j TTL --ttl-set 64
iptables -t mangle -A PREROUTING -j TTL --ttl-dec 1
iptables -t mangle -A PREROUTING -j TTL --ttl-inc 2
iptables -t raw -A PREROUTING -j NOTRACK
iptables -t raw -A PREROUTING -p udp -j CT --notrack
iptables -t raw -A OUTPUT -j CT --notrack
iptables -S
iptables -L
iptables -L -n
iptables -L -n -v
iptables -t mangle -S
iptables -t mangle -L -n
iptables -t mangle -L
iptables -t raw -S
iptables -t raw -L -n
iptables -t raw -L
iptables-save
