# 305-ping-timing-options: payload sizes too small to time, and option values ping refuses
# Pins down: with -s below 16 (sizeof(struct timeval)) replies carry no " time=" and the summary
# has no rtt line (an empty line instead), "pipe N" then starts the line; -s 16 is timed again;
# -M do/want/dont/probe accepted, anything else "invalid -M argument" (exit 2) before the
# destination is looked at; -t 0 passes the range check but IP_TTL refuses it (exit 2); -t 1
# works; -M do with a size above the MTU is a local error.
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip netns add p
ip netns exec p sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip link add eth5 type veth peer name eth6 netns p
ip addr add 192.0.2.1/24 dev eth5
ip -n p addr add 192.0.2.2/24 dev eth6
ip link set eth5 up
ip -n p link set eth6 up
ip link set lo up
# settle: carrier/operstate changes are applied by the kernel's link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ping -c 1 -s 0 192.0.2.2
ping -c 2 -i 0.2 -s 8 192.0.2.2
ping -c 1 -s 15 192.0.2.2
ping -c 1 -s 16 192.0.2.2
ping -q -c 2 -i 0.2 -s 10 127.0.0.1
ping -c 1 -s 4 -W 1 192.0.2.77
ping -c 1 -M bogus 192.0.2.2
ping -c 1 -M bogus nosuchhost
ping -c 1 -M do 192.0.2.2
ping -c 1 -M dont -s 1600 192.0.2.2
ping -c 1 -M probe 192.0.2.2
ping -c 1 -M want -s 1473 192.0.2.2
ping -c 1 -M do -s 1473 192.0.2.2
ping -c 1 -t 0 192.0.2.2
ping -c 1 -t 0 192.0.2.255
ping -c 1 -t 1 192.0.2.2
ping -c 1 -t 256 192.0.2.2
