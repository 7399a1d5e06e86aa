iptables -t nat -A POSTROUTING -j ACCEPT
iptables -t security -A INPUT -j ACCEPT
iptables -A INPUT -j TTL --ttl-set 1
iptables -A INPUT -j NOTRACK
iptables -t raw -A INPUT -j NOTRACK
iptables -t mangle -A OUTPUT -p icmp -j TTL --ttl-set 5
iptables -A INPUT -p icmp -m ttl --ttl-eq 5
iptables -A INPUT -p icmp -m ttl --ttl-gt 5
iptables -t raw -A OUTPUT -p icmp -j NOTRACK
iptables -A OUTPUT -m conntrack --ctstate UNTRACKED
iptables -A OUTPUT -m state --state NEW
ping -c 1 127.0.0.1
iptables -L -n -v
conntrack -L
iptables-save
