# 164-neigh-special-devices: neighbours that need no ARP
# Pins down: a broadcast ping leaves a NOARP entry for the subnet broadcast address with
# ff:ff:ff:ff:ff:ff; a tun device (POINTOPOINT, NOARP, no link-layer address) keys its
# neighbour 0.0.0.0 and shows no lladdr; a NOARP veth sends to the MAC the entry holds (its
# own MAC by default); an entry added on the tun for any address lands on 0.0.0.0; changing a
# device's MAC flushes its neighbours.
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
sysctl -q -w net.ipv6.conf.default.disable_ipv6=1
ip netns add h1
ip netns exec h1 sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip netns exec h1 sysctl -q -w net.ipv4.icmp_echo_ignore_broadcasts=0
ip link add v1 type veth peer name e1 netns h1
ip link set v1 address 02:00:00:00:05:01
ip addr add 10.0.12.1/24 dev v1
ip link set v1 up
ip netns exec h1 ip addr add 10.0.12.2/24 dev e1
ip netns exec h1 ip link set e1 up
# settle: carrier/operstate changes are applied by the kernel's link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ping -q -b -c 1 10.0.12.255
ip neigh show 10.0.12.255
ip neigh show 10.0.12.255 nud all
ip neigh show 10.0.12.2
ip neigh add 10.0.12.40 lladdr 02:00:00:00:05:40 dev v1
ip link set v1 address 02:00:00:00:05:02
ip neigh show dev v1 nud all
ip tuntap add dev tun0 mode tun
ip addr add 10.0.13.1/24 dev tun0
ip link set tun0 up
ip neigh show dev tun0 nud all
ping -q -c 1 -W 1 10.0.13.2
ip neigh show dev tun0 nud all
ip neigh add 10.0.13.9 dev tun0
ip neigh show dev tun0 nud all
ip neigh add 10.0.13.10 lladdr 02:00:00:00:05:10 dev tun0
ip tuntap del dev tun0 mode tun
