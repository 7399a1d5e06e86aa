# 312-nc-udp-probe-errors: nc -zvu against REJECT flavours, counted by the rules
# Pins down: netcat's udptest writes twice, then once per second of -w; a connected UDP socket
# learns only hard ICMP errors (icmp_err_convert): port unreachable (ECONNREFUSED) ends the
# probe after one datagram ("succeeded" is not printed, exit 1), host prohibited (EHOSTUNREACH,
# hard) costs one write and the probe succeeds with two datagrams, net unreachable (soft) is
# never seen (three datagrams); a closed port answers like REJECT's default; the ICMP rate limit
# on the target (burst 6) then leaves later probes unanswered; TCP: RST vs REJECT tcp-reset vs
# icmp-port-unreachable vs DROP as nc reports them.
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
ip netns exec s iptables -A INPUT -p udp --dport 84 -j REJECT --reject-with icmp-host-prohibited
ip netns exec s iptables -A INPUT -p udp --dport 85
ip netns exec s iptables -A INPUT -p udp --dport 86 -j REJECT
ip netns exec s iptables -A INPUT -p udp --dport 87 -j REJECT --reject-with icmp-net-unreachable
ip netns exec s iptables -A INPUT -p udp --dport 88 -j REJECT --reject-with icmp-admin-prohibited
nc -z -v -u -w 1 192.0.2.2 84
ip netns exec s iptables -L INPUT -n -v -Z
nc -z -v -u -w 1 192.0.2.2 85
ip netns exec s iptables -L INPUT -n -v -Z
nc -z -v -u -w 1 192.0.2.2 86
nc -z -v -u -w 1 192.0.2.2 87
nc -z -v -u -w 1 192.0.2.2 88
ip netns exec s iptables -L INPUT -n -v -Z
nc -z -v -u -w 2 192.0.2.2 86
nc -z -v -u -w 1 192.0.2.2 85
ip netns exec s iptables -L INPUT -n -v -Z
ip netns exec s iptables -F INPUT
ip netns exec s iptables -A INPUT -p tcp --dport 81 -j REJECT --reject-with tcp-reset
ip netns exec s iptables -A INPUT -p tcp --dport 82 -j REJECT
ip netns exec s iptables -A INPUT -p tcp --dport 83 -j DROP
ip netns exec s sysctl -q -w net.ipv4.icmp_ratelimit=0
nc -z -v -w 1 192.0.2.2 80
nc -z -v -w 1 192.0.2.2 81
nc -z -v -w 1 192.0.2.2 82
nc -z -v -w 1 192.0.2.2 83
ip netns exec s iptables -L INPUT -n -v
