# 308-neigh-addr-removal-extern: neighbours when addresses go, and externally learned entries
# Pins down: deleting an address while another IPv4 address remains keeps the neighbours; once
# the device has no IPv4 address left (ip addr del of the last one, ip addr flush) every
# neighbour of the device goes, permanent ones too (fib_disable_ip -> arp_ifdown); entries can
# be added again without an address; "extern_learn" (any prefix) sets NTF_EXT_LEARNED, shown
# before the state and with -s; such an entry passes every nud filter of show and flush.
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip netns add p
ip netns exec p sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip link add eth5 type veth peer name eth6 netns p
ip addr add 192.0.2.1/24 dev eth5
ip -n p addr add 192.0.2.2/24 dev eth6
ip link set eth5 up
ip -n p link set eth6 up
# settle: carrier/operstate changes are applied by the kernel's link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ping -q -c 1 192.0.2.2
ip neigh show dev eth5
ip addr add 198.51.100.1/24 dev eth5
ip addr del 198.51.100.1/24 dev eth5
ip neigh show dev eth5
ip addr del 192.0.2.1/24 dev eth5
ip neigh show dev eth5 nud all
ip addr add 192.0.2.1/24 dev eth5
ip neigh add 192.0.2.9 lladdr 02:00:00:00:00:09 dev eth5
ip neigh show dev eth5
ip addr flush dev eth5
ip neigh show dev eth5 nud all
ip neigh replace 192.0.2.9 dev eth5 nud reachable
ip neigh add 192.0.2.9 lladdr 02:00:00:00:00:09 dev eth5 nud stale
ip neigh show dev eth5
ip neigh del 192.0.2.9 dev eth5
ip neigh add 192.0.2.21 dev eth5 lladdr 02:00:00:00:00:21 extern_learn
ip neigh show dev eth5
ip -s neigh show 192.0.2.21
ip -j neigh show 192.0.2.21
ip neigh show nud stale
ip neigh show nud failed dev eth5
ip neigh replace 192.0.2.21 dev eth5 lladdr 02:00:00:00:00:21 nud stale
ip neigh show 192.0.2.21
ip neigh replace 192.0.2.21 dev eth5 lladdr 02:00:00:00:00:21 nud stale ext
ip neigh show 192.0.2.21
ip neigh flush dev eth5 nud reachable
ip neigh show dev eth5 nud all
