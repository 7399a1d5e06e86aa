# 296-ip-bridge-color: -c / -color output of ip and bridge
# Pins down: iproute2's color classes as ANSI codes around whole formatted fields: interface
# names (with "@peer: ", or padded in -br) cyan, operstate UP green and DOWN/LOWERLAYERDOWN
# red (UNKNOWN plain), MAC addresses yellow, IPv4 magenta and IPv6 blue (addresses, route
# destinations, gateways, sources, neighbours), route and neighbour devices cyan; -color=always
# like -c, =auto and =never plain (no terminal), JSON never colored; bridge -c (color, -com is
# compressvlans) on bridge link.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link add v2 type veth peer name v3
ip link set v0 address 02:00:00:00:00:10
ip link set v1 address 02:00:00:00:00:11
ip link set v2 address 02:00:00:00:00:20
ip link set v3 address 02:00:00:00:00:21
ip link set br0 address 02:00:00:00:00:01
ip link set v2 master br0
ip addr add 10.0.0.1/24 dev v0
ip addr add 10.9.0.1 peer 10.9.0.2 dev v0
ip link set v0 up
ip link set v1 up
ip link set v2 up
ip link set lo up
ip route add 10.5.0.0/16 via 10.0.0.2
ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:99 dev v0
ip -c link
ip -c addr show v0
ip -c -br addr
ip -c -br link
ip -c route
ip -c route show table local
ip -c neigh
ip -color=always -br link show v0
ip -color=auto link show v0
ip -color=never link show v0
ip -c -j link show v0
ip -c -d link show lo
bridge -c link
bridge -color=never link
bridge -com link
