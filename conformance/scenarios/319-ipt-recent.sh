# 319-ipt-recent: -m recent in a rate limit of new pings (the SSH brute-force recipe), xt_recent 1.8.9
# Pins down: --set adds a stamp and matches, --update --seconds S --hitcount N matches from the
# Nth stamp within S seconds and then adds one of its own, plain --rcheck matches a known address,
# ! --rcheck an unknown one; the table's mask is the one of the rule that created the table (a
# later --mask is ignored); tables listed in /proc/net/xt_recent and gone with their last rule;
# -L / -S forms (defaults: name DEFAULT, mask 255.255.255.255, rsource); option errors: two
# actions, none, --reap without --seconds, --rttl with --set; --set with --seconds refused by
# the kernel (RULE_APPEND failed, exit 4); -m hashlimit: one bucket per source with
# --hashlimit-mode srcip (another source address has its own), refilled at the rate, "above"
# matching the excess, its -L/-S forms (rates up to the microsecond scale) and errors;
# -m connlimit counting the still-tracked connections (separate pings) per masked source or
# destination, the third one rejected, --connlimit-upto and ! --connlimit-above, a flush of the
# conntrack table resetting the counts, the "#conn" forms and the missing-limit error.
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
ip netns exec s iptables -A INPUT -p icmp --icmp-type echo-request -m recent --name PING --set
ip netns exec s iptables -A INPUT -p icmp --icmp-type echo-request -m recent --name PING --update --seconds 60 --hitcount 3 -j DROP
ip netns exec s iptables -A INPUT -m recent --rcheck
ip netns exec s iptables -A INPUT -m recent --remove --name X --rdest
ip netns exec s iptables -A INPUT -m recent --set --mask 255.255.255.0
ip netns exec s iptables -A INPUT -m recent ! --rcheck --name X
ip netns exec s iptables -A INPUT -m recent --rcheck --seconds 10 --reap --name PING
ip netns exec s iptables -S INPUT
ip netns exec s iptables -L INPUT -n
ip netns exec s ls /proc/net/xt_recent
ping -c 5 -i 0.2 -W 1 192.0.2.2
ip netns exec s iptables -L INPUT -n -v
ip netns exec s iptables -D INPUT 4
ip netns exec s iptables -D INPUT -m recent ! --rcheck --name X
ip netns exec s ls /proc/net/xt_recent
ip netns exec s iptables -A INPUT -m recent --set --update
ip netns exec s iptables -A INPUT -m recent --hitcount 3
ip netns exec s iptables -A INPUT -m recent --rcheck --reap
ip netns exec s iptables -A INPUT -m recent --set --rttl
ip netns exec s iptables -A INPUT -m recent --set --seconds 5
ip netns exec s iptables -A INPUT -m recent --rcheck --rttl --name PING
ip netns exec s iptables -S INPUT
ip netns exec s iptables -F INPUT
ip addr add 192.0.2.5/24 dev eth5
ip netns exec s iptables -A INPUT -p icmp --icmp-type echo-request -m hashlimit --hashlimit-name P --hashlimit-upto 1/sec --hashlimit-burst 3 --hashlimit-mode srcip -j ACCEPT
ip netns exec s iptables -A INPUT -p icmp --icmp-type echo-request -j DROP
ip netns exec s iptables -A INPUT -p icmp --icmp-type echo-request -m hashlimit --hashlimit-name Q --hashlimit-above 2/sec
ping -q -c 6 -i 0.3 -W 1 192.0.2.2
ping -q -c 4 -i 0.3 -W 1 -I 192.0.2.5 192.0.2.2
ip netns exec s iptables -L INPUT -n -v
ping -q -c 3 -i 0.7 -W 1 192.0.2.2
ip netns exec s iptables -L INPUT -n -v
ip netns exec s iptables -A INPUT -m hashlimit --hashlimit-name h2 --hashlimit-upto 5/min --hashlimit-burst 3 --hashlimit-mode srcip,dstport --hashlimit-srcmask 24
ip netns exec s iptables -A INPUT -m hashlimit --hashlimit-name h5 --hashlimit-above 100000/s --hashlimit-htable-expire 30000 --hashlimit-htable-size 64
ip netns exec s iptables -A INPUT -m hashlimit --hashlimit 1/s
ip netns exec s iptables -A INPUT -m hashlimit --hashlimit-name h4
ip netns exec s iptables -A INPUT -m hashlimit --hashlimit-name h6 --hashlimit-upto 1/fortnight
ip netns exec s iptables -A INPUT -m hashlimit --hashlimit-name h8 --hashlimit-upto 1/s --hashlimit-mode bogus
ip netns exec s iptables -S INPUT
ip netns exec s iptables -L INPUT
ip netns exec s iptables -F INPUT
ip netns exec s conntrack -F
ip netns exec s iptables -A INPUT -p icmp --icmp-type echo-request -m connlimit --connlimit-above 2 -j REJECT
ip netns exec s iptables -A INPUT -p icmp --icmp-type echo-request -m connlimit --connlimit-upto 3 --connlimit-mask 24
ip netns exec s iptables -A INPUT -p icmp --icmp-type echo-request -m connlimit ! --connlimit-above 1 --connlimit-daddr
ip netns exec s iptables -A INPUT -m connlimit
ping -q -c 2 -i 0.2 192.0.2.2
ping -q -c 1 192.0.2.2
ping -c 1 -W 1 192.0.2.2
ping -q -c 1 -I 192.0.2.5 192.0.2.2
ip netns exec s iptables -L INPUT -n -v
ip netns exec s conntrack -F
ping -q -c 1 192.0.2.2
ip netns exec s iptables -L INPUT -n -v
ip netns exec s iptables -S INPUT
