# 169-ping-router-errors: errors reported by a router, and broadcasts nobody answers
# Pins down: "From <router> icmp_seq=N Time to live exceeded" for every request with -t 1 and the
# "+N errors" summary, -q with the same (no From lines), exit 1; a REJECT on the router
# (Destination Net Prohibited) counted as errors too; a broadcast ping that no host answers
# (icmp_echo_ignore_broadcasts = 1 by default) is plain loss; -b -I dev; a reply after errors.
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
sysctl -q -w net.ipv6.conf.default.disable_ipv6=1
ip netns add rt
ip netns add far
ip netns exec rt sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip netns exec far sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip link add v0 type veth peer name r0 netns rt
ip netns exec rt ip link add r1 type veth peer name f0 netns far
ip addr add 10.0.16.1/24 dev v0
ip netns exec rt ip addr add 10.0.16.2/24 dev r0
ip netns exec rt ip addr add 10.0.17.1/24 dev r1
ip netns exec far ip addr add 10.0.17.2/24 dev f0
ip link set v0 up
ip netns exec rt ip link set r0 up
ip netns exec rt ip link set r1 up
ip netns exec far ip link set f0 up
ip route add 10.0.17.0/24 via 10.0.16.2
ip netns exec far ip route add default via 10.0.17.1
ip netns exec rt sysctl -q -w net.ipv4.ip_forward=1
# settle: carrier/operstate changes are applied by the kernel's link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ping -c 3 -i 0.2 -t 1 10.0.17.2
ping -q -c 3 -i 0.2 -t 1 10.0.17.2
ping -c 2 -i 0.2 10.0.17.2
ip netns exec rt iptables -A FORWARD -p icmp -j REJECT --reject-with icmp-net-prohibited
ping -c 2 -i 0.2 10.0.17.2
ping -q -c 2 -i 0.2 -w 3 10.0.17.2
ip netns exec rt iptables -F
ping -q -b -c 2 -i 0.2 -W 1 10.0.16.255
ping -q -b -c 1 -W 1 -I v0 10.0.16.255
ip neigh show 10.0.16.255 nud all
