# 168-neigh-carrier: neighbours when the carrier goes away, and relearning
# Pins down: a veth whose peer goes down loses its carrier: its learned (REACHABLE/STALE) and
# NOARP entries are evicted (neigh_carrier_down, arp_evict_nocarrier = 1) while PERMANENT ones
# stay; with arp_evict_nocarrier = 0 nothing is evicted; after the carrier returns a ping learns
# the peer again (REACHABLE).
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
sysctl -q -w net.ipv6.conf.default.disable_ipv6=1
ip netns add peer
ip netns exec peer sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip link add veth0 type veth peer name veth1 netns peer
ip link set veth0 address 02:00:00:00:07:01
ip netns exec peer ip link set veth1 address 02:00:00:00:07:02
ip addr add 10.0.15.1/24 dev veth0
ip netns exec peer ip addr add 10.0.15.2/24 dev veth1
ip link set veth0 up
ip netns exec peer ip link set veth1 up
# settle: carrier/operstate changes are applied by the kernel's link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ping -q -c 1 10.0.15.2
ip neigh add 10.0.15.10 lladdr 02:00:00:00:07:10 dev veth0
ip neigh add 10.0.15.11 lladdr 02:00:00:00:07:11 dev veth0 nud stale
ip neigh add 10.0.15.12 lladdr 02:00:00:00:07:12 dev veth0 nud noarp
ip netns exec peer ip link set veth1 down
# settle: carrier loss goes through the link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ip link show veth0
ip neigh show 10.0.15.2 nud all
ip neigh show 10.0.15.10 nud all
ip neigh show 10.0.15.11 nud all
ip neigh show 10.0.15.12 nud all
ip netns exec peer ip link set veth1 up
# settle: carrier changes go through the link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ping -q -c 1 10.0.15.2
ip neigh show 10.0.15.2
sysctl -w net.ipv4.conf.veth0.arp_evict_nocarrier=0
ip neigh add 10.0.15.11 lladdr 02:00:00:00:07:11 dev veth0 nud stale
ip netns exec peer ip link set veth1 down
# settle: carrier loss goes through the link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ip neigh show 10.0.15.2 nud all
ip neigh show 10.0.15.11 nud all
