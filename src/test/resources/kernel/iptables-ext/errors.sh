iptables -A INPUT -m ttl
iptables -A INPUT -m ttl --ttl-eq 300
iptables -A INPUT -m ttl ! --ttl-lt 5
iptables -A INPUT -m ttl --ttl-eq 5 --ttl-gt 3
iptables -A INPUT -m length
iptables -A INPUT -m length --length 70000
iptables -A INPUT -m length --length abc
iptables -A INPUT -m length --length 200:100
iptables -A INPUT -m mac
iptables -A INPUT -m mac --mac-source 00:11:22:33:44
iptables -A INPUT -m mac --mac-source 0:11:22:33:44:55
iptables -A INPUT -m iprange
iptables -A INPUT -m iprange --src-range 10.0.0.300
iptables -A INPUT -m iprange --src-range 10.0.0.9-10.0.0.1
iptables -t mangle -A INPUT -j TTL
iptables -t mangle -A INPUT -j TTL --ttl-dec 0
iptables -t mangle -A INPUT -j TTL --ttl-inc 0
iptables -t mangle -A INPUT -j TTL --ttl-set 300
iptables -t mangle -A INPUT -j TTL --ttl-set 1 --ttl-dec 2
iptables -t raw -A PREROUTING -j CT
iptables -t raw -A PREROUTING -j CT ! --notrack
iptables -t mangle -A PREROUTING -j CT --notrack
iptables -A INPUT -p tcp --syn --tcp-flags ALL SYN
iptables -A INPUT -p tcp --tcp-flags ALL SYN --syn
iptables -A INPUT -m limit ! --limit 3/sec
iptables -A INPUT -m limit --limit 100000/sec
iptables -A INPUT -m limit --limit 3/s --limit 4/s
iptables -A INPUT -p tcp -m tcp --tcp-flags syn,ack syn
iptables -S INPUT
