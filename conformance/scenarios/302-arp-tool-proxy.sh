# 302-arp-tool-proxy: published (proxy) entries made by arp -s ... pub, and deletes
# Pins down: "pub" makes a proxy entry (pneigh) on the -i device, or on the device owning the
# hardware address (-D reads it from a device; a MAC no device has is "No such device"); the
# listing shows them after the cache as "* <from_interface> MP" / "<from_interface> PERM PUB"
# in pneigh hash-bucket order, /proc/net/arp as flags 0xc with a zero address, ip neigh show
# proxy the same; deleting one needs its device (-i), "pub" limits -d to the proxy table; a
# netmask other than 255.255.255.255 is refused; a NOARP or NONE entry deleted by arp -d
# vanishes but is reported as missing.
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip link add eth5 type veth peer name eth6
ip link set eth5 address 02:00:00:00:05:05
ip addr add 192.0.2.1/24 dev eth5
ip link set eth5 up
ip link set eth6 up
ip link set lo up
arp -i eth5 -s 192.0.2.40 02:00:00:00:00:40 pub
arp -s 192.0.2.41 02:00:00:00:05:05 pub
arp -Ds 192.0.2.42 eth5 pub
arp -Ds 192.0.2.44 lo pub
arp -Ds 192.0.2.45 nosuch pub
arp -s 192.0.2.46 02:00:00:00:00:46 pub
arp -i eth5 -s 192.0.2.47 02:00:00:00:00:47 netmask 255.255.255.0 pub
arp -i eth5 -s 192.0.2.48 02:00:00:00:00:48 netmask 255.255.255.255 pub
arp -n
arp -a
cat /proc/net/arp
ip neigh show proxy
arp -d 192.0.2.41
arp -i eth5 -d 192.0.2.41
arp -d 192.0.2.42 pub
arp -i eth5 -d 192.0.2.42 pub
arp -i lo -d 192.0.2.44
arp -n
ip neigh show proxy
ip neigh add 192.0.2.80 dev eth5 nud noarp lladdr 02:00:00:00:00:80
arp -d 192.0.2.80
ip neigh show 192.0.2.80 nud all
ip neigh add 192.0.2.81 dev eth5 nud none
arp -d 192.0.2.81
ip neigh show 192.0.2.81 nud all
ip neigh add 192.0.2.82 dev eth5 nud noarp lladdr 02:00:00:00:00:82
arp -n 192.0.2.82
arp -i eth5 -d 192.0.2.40 pub
arp -i eth5 -d 192.0.2.48
arp -n
