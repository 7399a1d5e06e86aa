# 326-neigh-brief: ip -br neigh
# Pins down: the brief form prints the address padded to 39 columns and a blank, the device
# padded to 16 and a blank (not when the listing is for one device), the link-layer address if
# any, and nothing else (no router flag, statistics or state, so -s changes nothing); hidden NOARP
# entries only with nud all; -br -j keeps the same three fields. One entry per listing (the
# neighbour hash order of several is not fixed).
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
sysctl -q -w net.ipv6.conf.default.disable_ipv6=1
ip link add type veth
ip neigh add 10.0.3.4 lladdr 02:00:00:00:00:01 dev veth0 nud stale
ip neigh add 10.0.3.5 dev veth0 nud incomplete
ip neigh add 10.0.3.6 lladdr 02:00:00:00:00:06 dev veth0 nud permanent
ip neigh add 10.0.3.7 lladdr 02:00:00:00:00:07 dev veth0 nud noarp
ip -br neigh show 10.0.3.4
ip -br neigh show 10.0.3.5
ip -br neigh show dev veth0 10.0.3.6
ip -br neigh show 10.0.3.7
ip -br neigh show nud all 10.0.3.7
ip -br -s neigh show 10.0.3.4
ip -br -j neigh show 10.0.3.4
ip -br -j neigh show 10.0.3.5
ip -br -j -p neigh show dev veth0 10.0.3.6
ip -br -4 neigh show 10.0.3.6
ip -6 -br neigh
ip -br neigh show 10.0.3.99
