# 161-neigh-add-states: ip neigh add/replace/change/del with every nud state, proxy entries
# Pins down: add creates (File exists when present), replace creates or overwrites, change only
# overwrites (No such file or directory when missing); nud permanent (default) / noarp /
# reachable / stale / delay / probe / incomplete / failed / none as shown afterwards; change of
# only the state keeps the lladdr; "router" flag; del of a missing entry and of one on the wrong
# device; proxy entries (add/show/del, "ip neigh show proxy"), which never appear in the normal
# listing; errors for a bad state name, a missing device, a bad address.
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
sysctl -q -w net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip link set veth0 address 02:00:00:00:02:01
ip link set veth1 address 02:00:00:00:02:02
ip addr add 10.0.6.1/24 dev veth0
ip link set veth0 up
ip link set veth1 up
ip neigh add 10.0.6.10 lladdr 02:00:00:00:02:10 dev veth0
ip neigh add 10.0.6.10 lladdr 02:00:00:00:02:11 dev veth0
ip neigh show 10.0.6.10
ip neigh change 10.0.6.10 dev veth0 nud reachable
ip neigh show 10.0.6.10
ip neigh change 10.0.6.10 lladdr 02:00:00:00:02:12 dev veth0 nud stale
ip neigh show 10.0.6.10
ip neigh change 10.0.6.20 lladdr 02:00:00:00:02:20 dev veth0
ip neigh replace 10.0.6.20 lladdr 02:00:00:00:02:20 dev veth0 nud noarp
ip neigh show 10.0.6.20 nud all
ip neigh replace 10.0.6.20 lladdr 02:00:00:00:02:21 dev veth0 nud delay
ip neigh show 10.0.6.20
ip neigh replace 10.0.6.20 lladdr 02:00:00:00:02:21 dev veth0 nud probe
ip neigh show 10.0.6.20
ip neigh replace 10.0.6.21 lladdr 02:00:00:00:02:21 dev veth0 nud none
ip neigh show 10.0.6.21
ip neigh show 10.0.6.21 nud all
ip neigh show 10.0.6.21 nud none
ip neigh replace 10.0.6.22 lladdr 02:00:00:00:02:22 dev veth0 nud incomplete
ip neigh show 10.0.6.22
ip neigh replace 10.0.6.23 lladdr 02:00:00:00:02:23 dev veth0 nud failed
ip neigh show 10.0.6.23
ip neigh replace 10.0.6.24 lladdr 02:00:00:00:02:24 dev veth0 nud permanent router
ip neigh show 10.0.6.24
ip neigh show nud stale
ip neigh show nud delay
ip neigh replace 10.0.6.25 lladdr 02:00:00:00:02:25 dev veth0 nud bogus
ip neigh add 10.0.6.26 lladdr 02:00:00:00:02:26 dev nosuch
ip neigh add 10.0.6.300 lladdr 02:00:00:00:02:26 dev veth0
ip neigh add 10.0.6.27 lladdr 02:00:00:00:02:2 dev veth0
ip neigh show 10.0.6.27
ip neigh del 10.0.6.10 dev veth1
ip neigh del 10.0.6.10 dev veth0
ip neigh del 10.0.6.10 dev veth0
ip neigh del 10.0.6.99
ip neigh add proxy 10.0.6.50 dev veth0
ip neigh add proxy 10.0.6.50 dev veth0
ip neigh show proxy
ip neigh show 10.0.6.50
ip neigh show proxy 10.0.6.50
ip neigh del proxy 10.0.6.50 dev veth0
ip neigh del proxy 10.0.6.50 dev veth0
ip neigh show proxy
