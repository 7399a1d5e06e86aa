# 159-ipt-tables-traffic-zero: counters of raw, mangle, nat and filter chains after known traffic, zeroed per table
# Pins down: loopback pings pass raw/mangle/nat/filter OUTPUT and PREROUTING/INPUT in every table
# that has the chain; policy counters count only in chains created by -P/-Z; nat chains run only
# for the first packet of a connection and only when a NAT target exists (MASQUERADE on another
# device); -Z on one table leaves the others; -Z CHAIN in mangle; -L -v -Z in nat; iptables-save -c.
ip link set lo up
iptables -t raw -A PREROUTING -p icmp
iptables -t raw -A OUTPUT -p icmp
iptables -t mangle -A PREROUTING -p icmp
iptables -t mangle -P INPUT ACCEPT
iptables -t mangle -A OUTPUT -p icmp
iptables -t nat -A OUTPUT -p icmp
iptables -t nat -A POSTROUTING -o nosuch0 -j MASQUERADE
iptables -A INPUT -p icmp
ping -q -c 3 -i 0.2 127.0.0.1
iptables -t raw -L -n -v -x
iptables -t mangle -L -n -v -x
iptables -t nat -L -n -v -x
iptables -L INPUT -n -v -x
iptables -t mangle -Z OUTPUT
iptables -t mangle -L OUTPUT -n -v -x
iptables -t raw -L PREROUTING -n -v -x
iptables -t nat -L -v -n -Z
iptables -t nat -L -v -n
iptables -t raw -Z -v
iptables-save -c -t raw
iptables-save -c -t mangle
ping -q -c 1 127.0.0.1
iptables -t nat -L OUTPUT -n -v -x
iptables -t mangle -L INPUT -n -v -x
