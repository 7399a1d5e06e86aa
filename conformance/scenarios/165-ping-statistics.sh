# 165-ping-statistics: every form of ping's closing statistics (iputils 20221126 finish())
# Pins down: "+N duplicates" from a broadcast ping (-b) answered by two hosts (DUP! replies),
# "+N errors" with 100% loss from an unanswered on-link neighbour (Destination Host Unreachable),
# the exit status (0 / 1), -q hiding per-reply lines but not the "From" error lines, -w deadline
# with and without -c, -W reply timeout, -c with loss, "pipe N" when several requests are
# outstanding (-i smaller than the rtt), -b without a broadcast destination, -c 0 / bad values.
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
sysctl -q -w net.ipv6.conf.default.disable_ipv6=1
ip netns add h1
ip netns add h2
ip netns exec h1 sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip netns exec h2 sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip netns exec h1 sysctl -q -w net.ipv4.icmp_echo_ignore_broadcasts=0
ip netns exec h2 sysctl -q -w net.ipv4.icmp_echo_ignore_broadcasts=0
ip link add br0 type bridge
ip link add v1 type veth peer name e1 netns h1
ip link add v2 type veth peer name e2 netns h2
ip link set v1 master br0
ip link set v2 master br0
ip addr add 10.0.9.1/24 dev br0
ip link set br0 up
ip link set v1 up
ip link set v2 up
ip netns exec h1 ip addr add 10.0.9.11/24 dev e1
ip netns exec h2 ip addr add 10.0.9.12/24 dev e2
ip netns exec h1 ip link set e1 up
ip netns exec h2 ip link set e2 up
# settle: bridge ports go through the link watcher (up to 1 s)
ping -q -c 2 -i 1.2 127.0.0.1
ping -q -c 1 10.0.9.11
ping -q -c 1 10.0.9.12
ping -q -b -c 2 -i 0.5 10.0.9.255
ping -c 2 -i 0.5 10.0.9.255
ping -q -b -c 1 -W 1 10.0.9.11
ping -q -b -c 1 -W 1 255.255.255.255
ping -q -c 2 -i 0.2 -W 1 10.0.9.99
ping -c 1 -W 5 10.0.9.98
ping -q -c 1 -W 5 10.0.9.97
ping -q -w 2 10.0.9.11
ping -q -w 1 -c 2 10.0.9.96
ping -q -c 3 -i 0.2 -W 1 10.0.9.95
ping -c 0 10.0.9.11
ping -c -1 10.0.9.11
ping -c x 10.0.9.11
ping -w 0 -c 1 10.0.9.11
ping -W -1 -c 1 10.0.9.11
ping -q -c 2 -i 0.2 -w 5 10.0.9.11
