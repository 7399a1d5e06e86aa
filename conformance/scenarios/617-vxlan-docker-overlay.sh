# 617-vxlan-docker-overlay: Docker's overlay layout, the vxlan made on the host and moved into the
# overlay namespace beside its bridge; containers on two hosts on one overlay subnet
# Pins down: a vxlan moved to another namespace keeps its tunnel in the one it was made in (link-netnsid,
# dev shown as ifN, the UDP socket and routes of the host), a static FDB entry per remote container and
# the head-end default, proxy ARP from the neighbour table (ARP never crosses), the overlay bridge's learning,
# ping across, deleting the vxlan from the overlay namespace.
ip netns add host1
ip netns add host2
ip netns add ov1
ip netns add ov2
ip netns add c1
ip netns add c2
ip link add eth0 netns host1 type veth peer name eth0 netns host2
ip netns exec host1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec host2 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec ov1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec ov2 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec c1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec c2 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec host1 ip addr add 172.31.0.1/24 dev eth0
ip netns exec host2 ip addr add 172.31.0.2/24 dev eth0
ip netns exec host1 ip link set eth0 up
ip netns exec host2 ip link set eth0 up
ip netns exec host1 ip link add vxlan0 type vxlan id 4097 dstport 4789 proxy l2miss l3miss
ip netns exec host2 ip link add vxlan0 type vxlan id 4097 dstport 4789 proxy l2miss l3miss
ip netns exec host1 ip link set vxlan0 netns ov1
ip netns exec host2 ip link set vxlan0 netns ov2
ip netns exec ov1 ip link add br0 type bridge mcast_snooping 0
ip netns exec ov2 ip link add br0 type bridge mcast_snooping 0
ip netns exec ov1 ip addr add 10.0.9.1/24 dev br0
ip netns exec ov2 ip addr add 10.0.9.1/24 dev br0
ip netns exec ov1 ip link set vxlan0 master br0
ip netns exec ov2 ip link set vxlan0 master br0
ip netns exec ov1 ip link add veth0 type veth peer name eth0 netns c1
ip netns exec ov2 ip link add veth0 type veth peer name eth0 netns c2
ip netns exec c1 ip link set eth0 address 02:42:0a:00:09:02
ip netns exec c2 ip link set eth0 address 02:42:0a:00:09:03
ip netns exec ov1 ip link set veth0 master br0
ip netns exec ov2 ip link set veth0 master br0
ip netns exec ov1 ip link set vxlan0 up
ip netns exec ov2 ip link set vxlan0 up
ip netns exec ov1 ip link set veth0 up
ip netns exec ov2 ip link set veth0 up
ip netns exec ov1 ip link set br0 up
ip netns exec ov2 ip link set br0 up
ip netns exec ov1 bridge fdb add 02:42:0a:00:09:03 dev vxlan0 dst 172.31.0.2 self permanent
ip netns exec ov2 bridge fdb add 02:42:0a:00:09:02 dev vxlan0 dst 172.31.0.1 self permanent
ip netns exec ov1 ip neigh add 10.0.9.3 lladdr 02:42:0a:00:09:03 dev vxlan0 nud permanent
ip netns exec ov2 ip neigh add 10.0.9.2 lladdr 02:42:0a:00:09:02 dev vxlan0 nud permanent
ip netns exec c1 ip addr add 10.0.9.2/24 dev eth0
ip netns exec c2 ip addr add 10.0.9.3/24 dev eth0
ip netns exec c1 ip link set eth0 up
ip netns exec c2 ip link set eth0 up
ping -q -c 2 -i 0.2 127.0.0.1 > /dev/null
ip netns exec ov1 ip -d link show vxlan0 | head -n 3
ip netns exec ov1 bridge fdb show dev vxlan0
ip netns exec c1 ping -c 1 -W 1 10.0.9.3
ip netns exec ov1 bridge fdb add 00:00:00:00:00:00 dev vxlan0 dst 172.31.0.2
ip netns exec ov2 bridge fdb add 00:00:00:00:00:00 dev vxlan0 dst 172.31.0.1
ip netns exec c1 ping -c 2 -i 0.2 10.0.9.3
ip netns exec ov1 bridge fdb show dev vxlan0
ip netns exec ov2 bridge fdb show br br0 dynamic
ip netns exec host1 ip link show
ip netns exec ov1 ip link del vxlan0
ip netns exec ov1 bridge fdb show dev veth0 | grep -c master
