# 800-tcpdump-veth: tcpdump on a veth between two namespaces: ARP, UDP and ICMP port unreachable, -e, -i any, errors
# Pins down: the listening header and the capture statistics on stderr, the ARP/UDP/ICMP line formats, -e's MAC part, Linux cooked v2 "In"/"Out", -c; unknown device, bad filter, -c 0
ip netns add a
ip netns add b
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec b sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip link add veth0 netns a type veth peer name veth1 netns b
ip -n a link set veth0 address 02:00:00:00:00:01
ip -n b link set veth1 address 02:00:00:00:00:02
ip -n a addr add 10.0.0.1/24 dev veth0
ip -n b addr add 10.0.0.2/24 dev veth1
ip -n a link set veth0 up
ip -n b link set veth1 up
ip netns exec a tcpdump -tnli veth0 -c 4 2>&1 & sleep 0.5; echo hi | ip netns exec b nc -u -w 0 -p 5000 10.0.0.1 7777; wait
ip netns exec a tcpdump -tnei veth0 -c 2 udp or icmp 2>&1 & sleep 0.5; echo hi | ip netns exec b nc -u -w 0 -p 5001 10.0.0.1 7778; wait
ip netns exec a tcpdump -tni any -c 2 2>&1 & sleep 0.5; echo hi | ip netns exec b nc -u -w 0 -p 5002 10.0.0.1 7779; wait
ip netns exec a tcpdump -tnli veth0 -c 1 dst port 7780 2>&1 & sleep 0.5; echo hi | ip netns exec b nc -u -w 0 -p 5003 10.0.0.1 7780; wait
ip netns exec a tcpdump -i nosuch -c 1
ip netns exec a tcpdump -i veth0 -c 1 'udp and'
ip netns exec a tcpdump -i veth0 -c 1 'port 99999'
ip netns exec a tcpdump -i veth0 -c 0
