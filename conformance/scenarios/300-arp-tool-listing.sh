# 300-arp-tool-listing: net-tools arp(8) reading the ARP cache and setting entries
# Pins down: an empty cache prints nothing (no header); the Linux-style listing (arp, -n, -e)
# with its header and C/CM flags, -v's "Entries/Skipped/Found" line, the BSD style of -a
# ("? (IP) at MAC [ether] on DEV", PERM); a query for one host ("-- no entry" vs -a's "in N
# entries no match found"), -i and -H filters; arp -s makes a PERMANENT entry, "temp" a STALE
# one (also over an existing entry), one- and two-digit MAC bytes, trailing bytes ignored;
# arp -d of a permanent entry, of a missing one ("No ARP entry for", exit 255).
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip netns add peer
ip netns exec peer sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip link add eth5 type veth peer name eth6 netns peer
ip netns exec peer ip link set eth6 address 02:00:00:00:06:06
ip addr add 192.0.2.1/24 dev eth5
ip netns exec peer ip addr add 192.0.2.2/24 dev eth6
ip link set eth5 up
ip netns exec peer ip link set eth6 up
# settle: carrier/operstate changes are applied by the kernel's link watcher
ping -q -c 2 -i 0.2 127.0.0.1
arp
arp -n
arp -a
arp -v
ping -q -c 1 192.0.2.2
arp
arp -n
arp -e
arp -a
arp -an
arp -n -v
arp -n 192.0.2.2
arp -n 192.0.2.3
arp -a 192.0.2.3
arp -n -i eth5
arp -n -i lo
arp -a -i nosuch
arp -H ether -n
cat /proc/net/arp
arp -d 192.0.2.2
arp -n
arp -s 192.0.2.50 02:00:00:00:00:50
arp -n
arp -a
ip neigh show 192.0.2.50
arp -s 192.0.2.50 02:00:00:00:00:51 temp
arp -n
ip neigh show 192.0.2.50
arp -d 192.0.2.50
arp -d 192.0.2.50
arp -s 192.0.2.51 2:0:a:B:c:3
arp -an
arp -d 192.0.2.51
arp -s 192.0.2.52 02:00:00:00:00:52:99 temp
arp -an 192.0.2.52
cat /proc/net/arp
arp -i eth5 -d 192.0.2.52
arp -d 192.0.2.99
arp -n
