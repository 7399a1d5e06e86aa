# 262-proc-net-views: /proc/net/{dev,route,arp} and /sys/class/net per namespace
# Pins down: `cat /proc/net/dev` header and per-device counters after a known exchange
# (IPv6 off so nothing else moves), device order; `/proc/net/route` (hex little-endian
# addresses, flags, the header, only the main table); `/proc/net/arp` entries (complete
# 0x2, incomplete 0x0, permanent 0x6, the header; one entry per listing, the table is a
# hash), `ls /sys/class/net` and `ls
# /proc/net` entries in two namespaces, a moved device leaving the root's listing.
ip netns add a
ip netns add b
ip netns exec a sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip netns exec a sysctl -q -w net.ipv6.conf.default.disable_ipv6=1
ip netns exec b sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip netns exec b sysctl -q -w net.ipv6.conf.default.disable_ipv6=1
ip link add va type veth peer name vb
ls /sys/class/net
ip link set va netns a
ip link set vb netns b
ls /sys/class/net
ip netns exec a ls /sys/class/net
ip -n a link set va address 02:00:00:00:01:01
ip -n b link set vb address 02:00:00:00:01:02
ip -n a addr add 10.4.0.1/24 dev va
ip -n b addr add 10.4.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip -n a route add 10.40.0.0/16 via 10.4.0.2
ip -n a route add default via 10.4.0.2 metric 10
ip -n a route add 10.41.0.0/16 dev va table 50
ip netns exec a ping -c 2 -i 0.2 -q 10.4.0.2
ip netns exec a cat /proc/net/dev
ip netns exec b cat /proc/net/dev
ip netns exec a cat /proc/net/route
ip netns exec a cat /proc/net/arp
ip netns exec b cat /proc/net/arp
ip -n a neigh flush dev va
ip -n a neigh add 10.4.0.9 lladdr 02:00:00:00:01:09 dev va
ip netns exec a cat /proc/net/arp
ip -n a neigh del 10.4.0.9 dev va
ip netns exec a ping -c 1 -W 1 10.4.0.7
ip netns exec a cat /proc/net/arp
cat /proc/net/route
cat /proc/net/arp
