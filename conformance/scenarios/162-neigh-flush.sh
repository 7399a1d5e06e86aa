# 162-neigh-flush: what ip neigh flush removes and what it says
# Pins down: flush needs a selector ("Flush requires arguments."); "flush dev X" removes the
# dynamic entries of X (REACHABLE/STALE/FAILED/INCOMPLETE...) but keeps PERMANENT and NOARP ones;
# "flush all"; "flush nud permanent" / "nud noarp" / "nud all"; flush by address or prefix; with -s
# the rounds ("*** Round 1, deleting N entries ***", "*** Flush is complete after 1 round ***")
# and "Nothing to flush."; flush of a missing device; a flushed REACHABLE entry is learned again.
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
sysctl -q -w net.ipv6.conf.default.disable_ipv6=1
ip netns add peer
ip netns exec peer sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip link add veth0 type veth peer name veth1 netns peer
ip link set veth0 address 02:00:00:00:03:01
ip netns exec peer ip link set veth1 address 02:00:00:00:03:02
ip addr add 10.0.7.1/24 dev veth0
ip netns exec peer ip addr add 10.0.7.2/24 dev veth1
ip link set veth0 up
ip netns exec peer ip link set veth1 up
ip netns exec peer ip link set lo up
# settle: carrier/operstate changes are applied by the kernel's link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ping -q -c 1 10.0.7.2
ip neigh show dev veth0
ip neigh flush
ip neigh flush dev nosuch
ip -s neigh flush dev veth0
ip neigh show dev veth0 nud all
ip -s neigh flush dev veth0
ping -q -c 1 10.0.7.2
ip neigh show 10.0.7.2
ip neigh add 10.0.7.50 lladdr 02:00:00:00:03:50 dev veth0
ip neigh add 10.0.7.51 lladdr 02:00:00:00:03:51 dev veth0 nud noarp
ip neigh add 10.0.7.52 lladdr 02:00:00:00:03:52 dev veth0 nud stale
ip -s neigh flush all
ip neigh show 10.0.7.50
ip neigh show 10.0.7.51 nud all
ip neigh show 10.0.7.52 nud all
ip neigh show 10.0.7.2 nud all
ip -s neigh flush nud permanent
ip neigh show 10.0.7.50
ip neigh add 10.0.7.53 lladdr 02:00:00:00:03:53 dev veth0 nud reachable
ip -s neigh flush 10.0.7.53
ip neigh show 10.0.7.53 nud all
ip neigh add 10.0.7.54 lladdr 02:00:00:00:03:54 dev veth0
ip neigh flush 10.0.7.54
ip neigh show 10.0.7.54
ip neigh add 10.0.8.1 lladdr 02:00:00:00:03:55 dev veth0 nud stale
ip -s neigh flush to 10.0.8.0/24
ip -s neigh flush nud all dev veth0
ip neigh show dev veth0 nud all
ip -s neigh flush nud all
ip netns exec peer ip neigh show dev veth1
ip netns exec peer ip -s neigh flush dev veth1
ip netns exec peer ip neigh show dev veth1
