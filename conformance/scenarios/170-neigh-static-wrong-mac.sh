# 170-neigh-static-wrong-mac: static and user-set entries in traffic, and their ages
# Pins down: a PERMANENT entry with a wrong MAC swallows every ping silently (no ARP); the same
# entry set STALE goes DELAY on use, probes after 5 s without confirmation, and the ages of
# "ip -s neigh" right after a replace; replacing it by the right MAC with a new lladdr counts
# as unconfirmed (confirmed 60 s ago) until a reply; the answering side's REACHABLE entry; a
# user-set INCOMPLETE entry is not probed by itself but by the next packet.
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip netns add peer
ip netns exec peer sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip link add veth0 type veth peer name veth1 netns peer
ip link set veth0 address 02:00:00:00:08:01
ip netns exec peer ip link set veth1 address 02:00:00:00:08:02
ip addr add 10.0.18.1/24 dev veth0
ip netns exec peer ip addr add 10.0.18.2/24 dev veth1
ip link set veth0 up
ip netns exec peer ip link set veth1 up
# settle: carrier/operstate changes are applied by the kernel's link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ip neigh add 10.0.18.2 lladdr 02:00:00:00:08:99 dev veth0
ping -q -c 1 -W 1 10.0.18.2
ip neigh show 10.0.18.2
ip neigh change 10.0.18.2 lladdr 02:00:00:00:08:99 dev veth0 nud stale
ping -q -c 1 -W 1 10.0.18.2
ip neigh show 10.0.18.2
ping -q -c 2 -i 1.5 -W 1 10.0.18.2
ip neigh show 10.0.18.2
ip neigh replace 10.0.18.2 lladdr 02:00:00:00:08:02 dev veth0 nud stale
ping -q -c 1 10.0.18.2
ip -s neigh show 10.0.18.2
ping -q -c 2 -i 3 10.0.18.2
ip neigh show 10.0.18.2
ip netns exec peer ip neigh show 10.0.18.1
ip neigh del 10.0.18.2 dev veth0
ip neigh add 10.0.18.2 dev veth0 nud incomplete
ping -q -c 1 -W 1 10.0.18.2
ip neigh show 10.0.18.2
