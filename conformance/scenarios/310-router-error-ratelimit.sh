# 310-router-error-ratelimit: how many "Destination Host Unreachable" a router sends for its error routes
# Pins down: ip_error's own token bucket on the sender's inet_peer (1 s per error, 5 s burst,
# full for a new peer) is drawn from together with the ICMP rate limit (icmp_ratelimit 1000 ms,
# burst 6) on the same tokens, so a fast ping through an unreachable route gets two errors and
# then none, a prohibit route right after none ("Packet filtered" would come the same way);
# with icmp_ratelimit 0 only ip_error's bucket limits (one error per second of credit); slow
# pings get an error each; blackhole routes never answer.
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip netns add p
ip netns exec p sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip link add eth5 type veth peer name eth6 netns p
ip addr add 192.0.2.1/24 dev eth5
ip -n p addr add 192.0.2.2/24 dev eth6
ip link set eth5 up
ip -n p link set eth6 up
# settle: carrier/operstate changes are applied by the kernel's link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ip route add default via 192.0.2.2
ip netns exec p sysctl -q -w net.ipv4.ip_forward=1
ip netns exec p ip route add unreachable 8.8.8.0/24
ip netns exec p ip route add prohibit 9.9.9.0/24
ip netns exec p ip route add blackhole 10.10.10.0/24
ping -c 8 -i 0.2 -W 1 8.8.8.8
ping -c 8 -i 0.2 -W 1 8.8.8.8
ping -c 8 -i 0.2 -W 1 9.9.9.9
ip netns exec p sysctl -q -w net.ipv4.icmp_ratelimit=0
ping -c 8 -i 0.2 -W 1 8.8.8.8
ping -c 3 -i 1.1 -W 1 9.9.9.9
ping -c 2 -i 0.2 -W 1 10.10.10.10
ip netns exec p sysctl -q -w net.ipv4.icmp_ratelimit=1000
ping -c 3 -i 2.1 -W 1 8.8.8.8
