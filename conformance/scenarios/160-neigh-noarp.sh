# 160-neigh-noarp: NOARP devices, NOARP entries and the loopback neighbour
# Pins down: "ip link set X arp off/on" (NOARP flag); an entry added without lladdr on a NOARP
# device takes the device's own MAC (NOARP state while created, PERMANENT when asked), "nud
# noarp" with an lladdr keeps that one; plain "ip neigh show" hides NOARP entries, "nud all" /
# "nud noarp" show them; traffic over lo creates the NOARP entry 0.0.0.0 on lo (arp_constructor
# keys every neighbour of a loopback device as 0.0.0.0, so "ip neigh add 10.x dev lo" updates
# that entry, while "del 10.x dev lo" finds nothing); toggling NOARP flushes the device's
# neighbours, permanent ones too; without NOARP a missing lladdr is refused and leaves a NONE entry.
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
sysctl -q -w net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
ip link set veth0 address 02:00:00:00:01:01
ip link set veth1 address 02:00:00:00:01:02
ip addr add 10.0.5.1/24 dev veth0
ip addr add 10.0.5.2/24 dev veth1
ip link set veth0 up
ip link set veth1 up
ip neigh show nud all
ping -q -c 1 127.0.0.1
ip neigh show
ip neigh show dev lo
ip neigh show nud all
ip neigh show nud noarp
ip neigh show nud permanent
ip -s neigh show dev lo nud all
ip link set veth0 arp off
ip link show veth0
ip neigh add 10.0.5.9 lladdr 02:00:00:00:01:09 dev veth0
ip neigh show dev veth0
ip neigh show 10.0.5.9 nud all
ip neigh add 10.0.5.10 dev veth0 nud noarp
ip neigh show 10.0.5.10
ip neigh show 10.0.5.10 nud all
ip neigh show 10.0.5.10 nud noarp
ip neigh show 10.0.5.10 nud permanent
ip neigh add 10.0.5.11 lladdr 02:00:00:00:01:11 dev veth0 nud noarp
ip neigh show 10.0.5.11 nud noarp
ip neigh add 10.0.5.13 dev veth0
ip neigh show 10.0.5.13
ip neigh replace 10.0.5.13 dev veth0 nud stale
ip neigh show 10.0.5.13
ip neigh add 10.0.5.12 lladdr 02:00:00:00:01:12 dev lo
ip neigh show dev lo nud all
ip neigh show 10.0.5.12 nud all
ip neigh del 10.0.5.12 dev lo
ip neigh del 0.0.0.0 dev lo
ip neigh show dev lo nud all
ip link set veth0 arp on
ip link show veth0
ip neigh show dev veth0 nud all
ip neigh add 10.0.5.14 dev veth0
ip neigh show dev veth0 nud all
ip neigh show dev veth0
ip neigh add 10.0.5.15 lladdr 02:00:00:00:01:15 dev veth0
ip neigh show dev veth0
ip link set veth0 arp off
ip neigh show dev veth0 nud all
