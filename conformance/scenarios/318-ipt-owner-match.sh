# 318-ipt-owner-match: -m owner on locally generated and forwarded packets (xt_owner)
# Pins down: a program's socket (everything here runs as root) matches --uid-owner 0 /
# --gid-owner root / ranges; the kernel's own replies (ICMP echo replies, port-unreachable
# errors, TCP resets) have a socket but no file: they match --socket-exists but no uid/gid test,
# only the inverted ones; forwarded packets in POSTROUTING have no socket at all; names from
# /etc/passwd and /etc/group in -L, numbers with -n and -S; the option errors; INPUT and
# PREROUTING refuse the match (RULE_APPEND failed, exit 4).
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip netns add c
ip netns add s
ip netns exec c sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip netns exec s sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip link add eth5 type veth peer name eth6 netns s
ip link add eth7 type veth peer name eth8 netns c
ip addr add 192.0.2.1/24 dev eth5
ip addr add 198.51.100.1/24 dev eth7
ip -n s addr add 192.0.2.2/24 dev eth6
ip -n c addr add 198.51.100.2/24 dev eth8
ip link set eth5 up
ip link set eth7 up
ip -n s link set eth6 up
ip -n c link set eth8 up
ip -n c route add default via 198.51.100.1
ip -n s route add default via 192.0.2.1
sysctl -q -w net.ipv4.ip_forward=1
# settle: carrier/operstate changes are applied by the kernel's link watcher
ping -q -c 2 -i 0.2 127.0.0.1
iptables -A OUTPUT -o eth5 -m owner --uid-owner 0
iptables -A OUTPUT -o eth5 -m owner ! --uid-owner 1000
iptables -A OUTPUT -o eth5 -m owner --gid-owner root --suppl-groups
iptables -A OUTPUT -o eth5 -m owner --uid-owner 0-99
iptables -A OUTPUT -o eth5 -m owner --socket-exists
iptables -A OUTPUT -o eth5 -m owner ! --socket-exists
iptables -t nat -A POSTROUTING -o eth5 -m owner --socket-exists
iptables -t nat -A POSTROUTING -o eth5 -m owner ! --socket-exists
iptables -t mangle -A POSTROUTING -o eth5 -m owner ! --socket-exists
iptables -t mangle -A POSTROUTING -o eth5 -m owner --uid-owner 0
ping -q -c 2 -i 0.2 192.0.2.2
ip netns exec s ping -q -c 1 192.0.2.1
ip netns exec s nc -z -w 1 192.0.2.1 9
ip netns exec c ping -q -c 1 192.0.2.2
iptables -L OUTPUT -v -x
iptables -t mangle -L POSTROUTING -n -v -x
iptables -t nat -L POSTROUTING -n -v -x
iptables -S OUTPUT
iptables -A OUTPUT -m owner --uid-owner nosuchuser
iptables -A OUTPUT -m owner --uid-owner 5-1
iptables -A OUTPUT -m owner
iptables -A OUTPUT -m owner --suppl-groups
iptables -A INPUT -m owner --uid-owner 0
iptables -t mangle -A PREROUTING -m owner --socket-exists
iptables -A FORWARD -m owner --uid-owner 0
