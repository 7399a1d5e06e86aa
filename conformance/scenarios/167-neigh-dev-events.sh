# 167-neigh-dev-events: what device events do to neighbour entries
# Pins down: a device going down drops its dynamic and NOARP entries but keeps PERMANENT ones
# (neigh_ifdown), and coming up does not bring the others back; moving a device to another
# namespace or deleting it removes all of them; "ip neigh get" of an entry, of a missing one
# and without dev; "ip neigh show nud none"; entries of a down device can still be added.
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
sysctl -q -w net.ipv6.conf.default.disable_ipv6=1
ip netns add other
ip link add veth0 type veth peer name veth1
ip link set veth0 address 02:00:00:00:06:01
ip addr add 10.0.14.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
ip neigh add 10.0.14.10 lladdr 02:00:00:00:06:10 dev veth0
ip neigh add 10.0.14.11 lladdr 02:00:00:00:06:11 dev veth0 nud stale
ip neigh add 10.0.14.12 lladdr 02:00:00:00:06:12 dev veth0 nud noarp
ip neigh add 10.0.14.13 lladdr 02:00:00:00:06:13 dev veth0 nud reachable
ip neigh get 10.0.14.10 dev veth0
ip neigh get 10.0.14.11 dev veth0
ip neigh get 10.0.14.99 dev veth0
ip neigh get 10.0.14.10
ip link set veth0 down
ip neigh show 10.0.14.10
ip neigh show 10.0.14.11 nud all
ip neigh show 10.0.14.12 nud all
ip neigh show 10.0.14.13 nud all
ip neigh add 10.0.14.14 lladdr 02:00:00:00:06:14 dev veth0 nud stale
ip neigh show 10.0.14.14
ip link set veth0 up
ip neigh show 10.0.14.14
ip neigh show 10.0.14.10
ip neigh add 10.0.14.15 dev veth0 nud none
ip neigh show nud none
ip link set veth1 netns other
ip link set veth0 netns other
ip neigh show nud all
ip netns exec other ip neigh show nud all
ip netns exec other ip neigh add 10.0.14.20 lladdr 02:00:00:00:06:20 dev veth0
ip netns exec other ip link del veth0
ip netns exec other ip neigh show nud all
