# 166-ping-errors-mixed: replies and ICMP errors in one run, and errors under a deadline
# Pins down: "N packets transmitted, M received, +E errors, L% packet loss" with both replies and
# errors (%g loss such as 66.6667%), the error lines "From <router> icmp_seq=N Destination Port
# Unreachable" between the replies, exit status 1 when any reply is missing; with -w the run ends
# at the first error batch: all requests queued behind a failed ARP resolution come back as
# "Destination Host Unreachable" errors at once; -q keeps only the summary.
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip netns add h1
ip netns exec h1 sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip link add v1 type veth peer name e1 netns h1
ip addr add 10.0.10.1/24 dev v1
ip link set v1 up
ip netns exec h1 ip addr add 10.0.10.2/24 dev e1
ip netns exec h1 ip link set e1 up
ip netns exec h1 ip link set lo up
# settle: veth carrier goes through the link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ip netns exec h1 iptables -A INPUT -p icmp --icmp-type echo-request -m limit --limit 1/minute --limit-burst 1 -j ACCEPT
ip netns exec h1 iptables -A INPUT -p icmp --icmp-type echo-request -j REJECT
ping -c 3 -i 0.2 10.0.10.2
ping -q -c 2 -i 0.2 10.0.10.2
ip netns exec h1 iptables -F
ip netns exec h1 iptables -A INPUT -p icmp --icmp-type echo-request -m limit --limit 1/minute --limit-burst 2 -j ACCEPT
ip netns exec h1 iptables -A INPUT -p icmp --icmp-type echo-request -j REJECT --reject-with icmp-host-prohibited
ping -c 4 -i 0.2 10.0.10.2
ip netns exec h1 iptables -L INPUT -n -v -x
ping -q -w 5 -i 0.4 10.0.10.77
ping -w 5 -i 0.4 10.0.10.78
ping -q -c 2 -i 0.4 -w 5 10.0.10.79
