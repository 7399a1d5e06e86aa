# 163-neigh-stats-json: ip -s neigh / ip -j neigh of entries in each state
# Pins down: "ref N" only while something holds the entry (its timer), used/confirmed/updated in
# seconds (a user-created entry counts as confirmed 60 s ago until confirmed), "probes N" glued
# to the ages, probes 4 after a resolution (counting starts at ucast_probes), a user-set PROBE
# entry probing at once (probes 1), -s -s the same; the JSON forms with -j, -j -s (refcnt, used,
# confirmed, updated, probes) and -j -p, the state as an array, router/proxy flags as null.
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip netns add peer
ip netns exec peer sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip link add veth0 type veth peer name veth1 netns peer
ip link set veth0 address 02:00:00:00:04:01
ip netns exec peer ip link set veth1 address 02:00:00:00:04:02
ip addr add 10.0.11.1/24 dev veth0
ip netns exec peer ip addr add 10.0.11.2/24 dev veth1
ip link set veth0 up
ip netns exec peer ip link set veth1 up
# settle: carrier/operstate changes are applied by the kernel's link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ping -q -c 1 10.0.11.2
ip -s neigh show 10.0.11.2
ip -s -s neigh show 10.0.11.2
ip -j neigh show 10.0.11.2
ip -j -s neigh show 10.0.11.2
ip netns exec peer ip -s neigh show 10.0.11.1
ip neigh add 10.0.11.20 lladdr 02:00:00:00:04:20 dev veth0 nud stale
ip -s neigh show 10.0.11.20
ip -j -s neigh show 10.0.11.20
ip neigh add 10.0.11.21 lladdr 02:00:00:00:04:21 dev veth0 nud probe
ip -s neigh show 10.0.11.21
ip neigh add 10.0.11.22 lladdr 02:00:00:00:04:22 dev veth0 router
ip -s neigh show 10.0.11.22
ip -j neigh show 10.0.11.22
ip -j -p neigh show 10.0.11.22
ip neigh add 10.0.11.23 dev veth0 nud failed
ip -s neigh show 10.0.11.23
ip -j neigh show 10.0.11.23
ip neigh add 10.0.11.24 dev veth0 nud none
ip -j neigh show 10.0.11.24 nud all
ip neigh add proxy 10.0.11.50 dev veth0
ip -j neigh show proxy
ip -j neigh show 10.0.11.99
ip -j -p neigh show 10.0.11.99
