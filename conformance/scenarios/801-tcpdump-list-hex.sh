# 801-tcpdump-list-hex: tcpdump -D in a namespace (libpcap's order), -x/-X/-e on ARP, -Q out, -q
# Pins down: pcap_findalldevs' figure of merit (up/running first, disconnected and loopback late), the hex dumps with and without the link header, -Q direction filtering counted as received
ip netns add a
ip netns add b
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec b sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip link add veth0 netns a type veth peer name veth1 netns b
ip -n a link set veth0 address 02:00:00:00:00:01
ip -n b link set veth1 address 02:00:00:00:00:02
ip -n a addr add 10.0.0.1/24 dev veth0
ip -n b addr add 10.0.0.2/24 dev veth1
ip netns exec a tcpdump -D
ip -n a link set veth0 up
ip -n a link set lo up
ip netns exec a tcpdump -D
ip -n b link set veth1 up
ip netns exec a tcpdump -D
ip netns exec a tcpdump -tnxi veth0 -c 2 arp 2>&1 & sleep 0.5; echo hi | ip netns exec b nc -u -w 0 -p 5000 10.0.0.1 7777; wait
ip -n b neigh flush dev veth1
ip netns exec a tcpdump -tnXXei veth0 -c 2 arp 2>&1 & sleep 0.5; echo hi | ip netns exec b nc -u -w 0 -p 5001 10.0.0.1 7777; wait
ip -n b neigh flush dev veth1
ip netns exec a tcpdump -tqnQ out -i veth0 -c 2 2>&1 & sleep 0.5; echo hi | ip netns exec b nc -u -w 0 -p 5002 10.0.0.1 7777; wait
