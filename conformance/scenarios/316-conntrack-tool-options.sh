# 316-conntrack-tool-options: conntrack(8) 1.4.7 filters, commands and their errors
# Pins down: --status / -u filters (SEEN_REPLY, ASSURED, UNREPLIED = no reply seen, lists of
# them), -f ipv4 / ipv6 (the IPv6 table is empty here), address and protocol filters in short and
# long forms, -S's per-CPU statistics lines, --version; errors: a second command ("Invalid
# commands combination"), an unknown protocol or family, a bad address ("Invalid IP address"), a
# bad status name, an unknown option, all exit 2 with the help hint; -D prints what it deleted;
# iptables -m conntrack's other tests on the same pings: --ctdir ORIGINAL/REPLY, --ctstatus
# (SEEN_REPLY only from the second request on), --ctproto, --ctorigsrc/--ctrepldst with masks,
# --ctorigsrcport on the echo id, --ctexpire, inversions, and their -L/-S forms and errors.
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
ip netns exec s iptables -A INPUT -m conntrack --ctstate NEW
ping -q -c 1 192.0.2.2
traceroute -n -U -p 9999 -q 1 --sport=40000 -m 1 192.0.2.2
ip netns exec s conntrack -C
ip netns exec s conntrack -L -p icmp
ip netns exec s conntrack -L -p udp
ip netns exec s conntrack -L -p icmp -u SEEN_REPLY
ip netns exec s conntrack -L -p icmp --status ASSURED
ip netns exec s conntrack -L -p udp -u UNREPLIED
ip netns exec s conntrack -L -p udp -u SEEN_REPLY,ASSURED
ip netns exec s conntrack -L -p icmp -f ipv4
ip netns exec s conntrack -L -f ipv6
ip netns exec s conntrack -L -p icmp --orig-src 192.0.2.1 --orig-dst 192.0.2.2
ip netns exec s conntrack -L -p icmp --reply-src 192.0.2.2 -q 192.0.2.1
ip netns exec s conntrack -L -s 192.0.2.9
ip netns exec s conntrack -L -p 17
ip netns exec s conntrack -L -p sctp
ip netns exec s conntrack -S
ip netns exec s conntrack --version
ip netns exec s conntrack -V
ip netns exec s conntrack -L -L
ip netns exec s conntrack -L -C
ip netns exec s conntrack -L -p bogus
ip netns exec s conntrack -L -p 300
ip netns exec s conntrack -L -f ipv5
ip netns exec s conntrack -L -s bogus
ip netns exec s conntrack -L -d 1.2.3
ip netns exec s conntrack -L -u BOGUS
ip netns exec s conntrack -X
ip netns exec s conntrack -D -p udp
ip netns exec s conntrack -C
ip netns exec s conntrack -F
ip netns exec s iptables -F INPUT
ip netns exec s iptables -A INPUT -p icmp -m conntrack --ctdir ORIGINAL
ip netns exec s iptables -A INPUT -p icmp -m conntrack --ctdir REPLY
ip netns exec s iptables -A INPUT -p icmp -m conntrack --ctstatus SEEN_REPLY
ip netns exec s iptables -A INPUT -p icmp -m conntrack ! --ctstatus SEEN_REPLY --ctstate NEW
ip netns exec s iptables -A INPUT -m conntrack --ctproto icmp --ctorigsrc 192.0.2.0/24 ! --ctrepldst 10.0.0.0/8
ip netns exec s iptables -A INPUT -m conntrack --ctproto udp
ip netns exec s iptables -A INPUT -p icmp -m conntrack --ctexpire 25:30
ip netns exec s iptables -A INPUT -p icmp -m conntrack ! --ctexpire 25:30
ip netns exec s iptables -A INPUT -p icmp -m conntrack --ctorigsrcport 0:65535 --ctorigdstport 2048
ip netns exec s iptables -A OUTPUT -p icmp -m conntrack --ctdir REPLY --ctstatus SEEN_REPLY
ping -q -c 3 -i 0.2 192.0.2.2
ip netns exec s iptables -L -n -v
ip netns exec s iptables -S
ip netns exec s iptables -A INPUT -m conntrack --ctstatus BOGUS
ip netns exec s iptables -A INPUT -m conntrack --ctdir bogus
ip netns exec s iptables -A INPUT -m conntrack --ctproto bogus
ip netns exec s iptables -A INPUT -m conntrack
