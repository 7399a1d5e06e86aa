# 313-ipt-pkttype-nfqueue: -m pkttype, -j NFQUEUE, -j TRACE and -j QUEUE (iptables-nft 1.8.9)
# Pins down: pkttype's names (unicast/broadcast/multicast/otherhost, aliases host/bcast/mcast
# shown by their main name), "Bad packet type", the mandatory --pkt-type; counters of unicast
# vs broadcast pings arriving on a veth and of loopback traffic (PACKET_LOOPBACK counts as
# broadcast for a unicast destination); NFQUEUE with no program bound to the queue drops the
# packet, --queue-bypass lets it pass this chain; its option checks; TRACE changes nothing;
# QUEUE is a jump the kernel cannot resolve (RULE_APPEND failed, exit 4); -m string on ping's
# payload (bytes 0x10.. after the time stamp, found from the IPv4 header on within --from/--to),
# --hex-string, ICASE, the -L/-S forms (a string with unprintable bytes saved as hex) and errors
# (missing --algo or pattern, an algorithm with no module: ENOENT, exit 4); -m statistic nth
# (every N from packet P, one counter per rule) and random (listed only), -m quota and its
# inversion on 84-byte requests, their forms and errors; -m helper (no expectations: only the
# inversion matches), -m ecn (ECT bits of pings, TCP flags only with -p tcp), -m esp / -m ah
# (SPI ranges, the protocol required: RULE_APPEND failed), -m set without any ipset sets;
# -m rpfilter (raw/mangle PREROUTING only) on a spoofed source before and after a route back
# exists, --loose, --invert, loopback traffic passing, its forms; the sctp and dccp port matches
# (implicit with -p, the protocol required otherwise).
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip netns add s
ip netns exec s sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip netns exec s sysctl -q -w net.ipv4.icmp_echo_ignore_broadcasts=0
ip link add eth5 type veth peer name eth6 netns s
ip addr add 192.0.2.1/24 dev eth5
ip -n s addr add 192.0.2.2/24 dev eth6
ip link set eth5 up
ip -n s link set eth6 up
ip -n s link set lo up
# settle: carrier/operstate changes are applied by the kernel's link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ip netns exec s iptables -A INPUT -m pkttype --pkt-type host
ip netns exec s iptables -A INPUT -m pkttype --pkt-type bcast
ip netns exec s iptables -A INPUT -m pkttype --pkt-type mcast
ip netns exec s iptables -A INPUT -m pkttype ! --pkt-type unicast
ip netns exec s iptables -A INPUT -m pkttype --pkt-type otherhost
ip netns exec s iptables -A INPUT -m pkttype --pkt-type 3
ip netns exec s iptables -A INPUT -m pkttype
ping -q -c 2 -i 0.2 192.0.2.2
ping -q -c 2 -i 0.2 -b 192.0.2.255
ip netns exec s ping -q -c 1 127.0.0.1
ip netns exec s ping -q -c 1 192.0.2.2
ip netns exec s iptables -L INPUT -n -v -x
ip netns exec s iptables -S INPUT
ip netns exec s iptables -F INPUT
ip netns exec s iptables -A INPUT -p icmp -j TRACE
ip netns exec s iptables -A INPUT -p icmp --icmp-type echo-request -j NFQUEUE --queue-num 7
ping -c 1 -W 1 192.0.2.2
ip netns exec s iptables -R INPUT 2 -p icmp --icmp-type echo-request -j NFQUEUE --queue-num 7 --queue-bypass
ip netns exec s iptables -A INPUT -p icmp -j DROP
ping -c 1 -W 1 192.0.2.2
ip netns exec s iptables -L INPUT -n -v
ip netns exec s iptables -A INPUT -j NFQUEUE --queue-balance 2:5 --queue-cpu-fanout
ip netns exec s iptables -A INPUT -j NFQUEUE --queue-num 70000
ip netns exec s iptables -A INPUT -j NFQUEUE --queue-balance 4:4
ip netns exec s iptables -A INPUT -j NFQUEUE --queue-num 1 --queue-balance 2:3
ip netns exec s iptables -A INPUT -j QUEUE
ip netns exec s iptables -A INPUT -j TRACE --bogus
ip netns exec s iptables -S INPUT
ip netns exec s iptables -L INPUT
ip netns exec s iptables -F INPUT
ip netns exec s iptables -A INPUT -p icmp -m string --hex-string "|10 11 12 13|" --algo bm
ip netns exec s iptables -A INPUT -p icmp -m string --hex-string "|10 11 12 13|" --algo kmp --from 45
ip netns exec s iptables -A INPUT -p icmp -m string --hex-string "|10 11 12 13|" --algo bm --to 47
ip netns exec s iptables -A INPUT -p icmp -m string --hex-string "|10 11 12 13|" --algo bm --to 48
ip netns exec s iptables -A INPUT -p icmp -m string ! --string "ping" --algo bm --icase
ip netns exec s iptables -A INPUT -m string --string foo
ip netns exec s iptables -A INPUT -m string --algo bm
ip netns exec s iptables -A INPUT -m string --string foo --algo xx
ping -q -c 2 -i 0.2 192.0.2.2
ip netns exec s iptables -L INPUT -n -v
ip netns exec s iptables -S INPUT
ip netns exec s iptables -F INPUT
ip netns exec s iptables -A INPUT -p icmp --icmp-type echo-request -m statistic --mode nth --every 3 --packet 0
ip netns exec s iptables -A INPUT -p icmp --icmp-type echo-request -m statistic --mode nth --every 2 --packet 1
ip netns exec s iptables -A INPUT -p icmp --icmp-type echo-request -m quota --quota 250
ip netns exec s iptables -A INPUT -p icmp --icmp-type echo-request -m quota ! --quota 250
ip netns exec s iptables -A FORWARD -m statistic --mode random --probability 0.25
ip netns exec s iptables -A INPUT -m statistic ! --mode nth --every 3
ip netns exec s iptables -A INPUT -m statistic --mode nth
ip netns exec s iptables -A INPUT -m statistic --mode nth --every 2 --packet 2
ip netns exec s iptables -A INPUT -m statistic --mode bogus
ip netns exec s iptables -A INPUT -m statistic
ip netns exec s iptables -A INPUT -m quota
ip netns exec s iptables -A INPUT -m statistic --mode nth --every 2 --probability 0.5
ping -q -c 7 -i 0.2 192.0.2.2
ip netns exec s iptables -L -n -v -x
ip netns exec s iptables -S
ip netns exec s iptables -F INPUT
ip netns exec s iptables -A INPUT -p icmp -m helper --helper ftp
ip netns exec s iptables -A INPUT -p icmp -m helper ! --helper sip
ip netns exec s iptables -A INPUT -p icmp -m ecn --ecn-ip-ect 0
ip netns exec s iptables -A INPUT -p icmp -m ecn ! --ecn-ip-ect 0
ip netns exec s iptables -A INPUT -p tcp -m ecn --ecn-tcp-cwr
ip netns exec s iptables -A INPUT -p tcp -m ecn --ecn-tcp-ece --ecn-ip-ect 1
ip netns exec s iptables -A INPUT -p esp -m esp --espspi 1
ip netns exec s iptables -A INPUT -p ah -m ah --ahspi 1:5
ip netns exec s iptables -A INPUT -m esp --espspi 1
ip netns exec s iptables -A INPUT -m ecn --ecn-tcp-cwr
ip netns exec s iptables -A INPUT -m helper
ip netns exec s iptables -A INPUT -m set --match-set foo src
ping -q -c 2 -i 0.2 192.0.2.2
ip netns exec s iptables -L INPUT -n -v
ip netns exec s iptables -S INPUT
ip netns exec s iptables -F INPUT
ip addr add 203.0.113.7/32 dev eth5
ip netns exec s iptables -t raw -A PREROUTING -m rpfilter
ip netns exec s iptables -t raw -A PREROUTING -m rpfilter --invert
ip netns exec s iptables -t raw -A PREROUTING -m rpfilter --loose
ip netns exec s iptables -t mangle -A PREROUTING -m rpfilter --accept-local --validmark
ip netns exec s iptables -A INPUT -m rpfilter
ip netns exec s iptables -t mangle -A INPUT -m rpfilter
ping -q -c 2 -i 0.2 192.0.2.2
ping -q -c 1 -W 1 -I 203.0.113.7 192.0.2.2
ip netns exec s ping -q -c 1 127.0.0.1
ip netns exec s ip route add 203.0.113.0/24 via 192.0.2.1
ping -q -c 1 -W 1 -I 203.0.113.7 192.0.2.2
ip netns exec s iptables -t raw -L -n -v
ip netns exec s iptables -t mangle -S PREROUTING
ip netns exec s iptables -t raw -S PREROUTING
ip netns exec s iptables -A INPUT -p sctp -m sctp --dport 1 --sport 2:3
ip netns exec s iptables -A INPUT -p dccp -m dccp --dport 1
ip netns exec s iptables -A INPUT -p sctp --dport 5
ip netns exec s iptables -A INPUT -m sctp --dport 5
ip netns exec s iptables -A INPUT -p sctp -m sctp ! --sport 10
ip netns exec s iptables -S INPUT
ip netns exec s iptables -L INPUT
