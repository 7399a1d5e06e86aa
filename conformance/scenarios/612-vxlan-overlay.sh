# 612-vxlan-overlay: the Docker/flannel overlay shape, three hosts with a bridge and a vxlan each
# Pins down: head-end replication (bridge fdb append 00:00:00:00:00:00 ... dst, one copy per remote), a
# vxlan as a bridge port (broadcast ARP flooded to the tunnel, replies learned twice: by the bridge on the
# vxlan port and by the vxlan against the remote host), containers on different hosts reaching each other,
# bridge fdb show of the vxlan (self entries with dst) and of the bridge, ip -d link of an enslaved vxlan.
ip link add sw type bridge
ip link set sw up
ip netns add h1
ip netns add h2
ip netns add h3
ip netns add c1
ip netns add c2
ip netns add c3
ip link add u1 type veth peer name e1 netns h1
ip link add u2 type veth peer name e2 netns h2
ip link add u3 type veth peer name e3 netns h3
ip link set u1 master sw
ip link set u2 master sw
ip link set u3 master sw
ip link set u1 up
ip link set u2 up
ip link set u3 up
ip netns exec h1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec h2 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec h3 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec c1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec c2 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec c3 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec h1 ip addr add 10.0.0.1/24 dev e1
ip netns exec h2 ip addr add 10.0.0.2/24 dev e2
ip netns exec h3 ip addr add 10.0.0.3/24 dev e3
ip netns exec h1 ip link set e1 up
ip netns exec h2 ip link set e2 up
ip netns exec h3 ip link set e3 up
ip netns exec h1 ip link add br0 type bridge mcast_snooping 0
ip netns exec h2 ip link add br0 type bridge mcast_snooping 0
ip netns exec h3 ip link add br0 type bridge mcast_snooping 0
ip netns exec h1 ip link add vx0 type vxlan id 256 dstport 4789 local 10.0.0.1 dev e1
ip netns exec h2 ip link add vx0 type vxlan id 256 dstport 4789 local 10.0.0.2 dev e2
ip netns exec h3 ip link add vx0 type vxlan id 256 dstport 4789 local 10.0.0.3 dev e3
ip netns exec h1 bridge fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.2
ip netns exec h1 bridge fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.3
ip netns exec h2 bridge fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.1
ip netns exec h2 bridge fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.3
ip netns exec h3 bridge fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.1
ip netns exec h3 bridge fdb append 00:00:00:00:00:00 dev vx0 dst 10.0.0.2
ip netns exec h1 ip link set vx0 master br0
ip netns exec h2 ip link set vx0 master br0
ip netns exec h3 ip link set vx0 master br0
ip netns exec h1 ip link add veth1 type veth peer name eth0 netns c1
ip netns exec h2 ip link add veth2 type veth peer name eth0 netns c2
ip netns exec h3 ip link add veth3 type veth peer name eth0 netns c3
ip netns exec h1 ip link set veth1 master br0
ip netns exec h2 ip link set veth2 master br0
ip netns exec h3 ip link set veth3 master br0
ip netns exec h1 ip link set vx0 up
ip netns exec h2 ip link set vx0 up
ip netns exec h3 ip link set vx0 up
ip netns exec h1 ip link set veth1 up
ip netns exec h2 ip link set veth2 up
ip netns exec h3 ip link set veth3 up
ip netns exec h1 ip link set br0 up
ip netns exec h2 ip link set br0 up
ip netns exec h3 ip link set br0 up
ip netns exec c1 ip addr add 172.18.0.11/24 dev eth0
ip netns exec c2 ip addr add 172.18.0.12/24 dev eth0
ip netns exec c3 ip addr add 172.18.0.13/24 dev eth0
ip netns exec c1 ip link set eth0 up
ip netns exec c2 ip link set eth0 up
ip netns exec c3 ip link set eth0 up
ping -q -c 2 -i 0.2 127.0.0.1 > /dev/null
ip netns exec h1 bridge fdb show dev vx0
ip netns exec c1 ping -c 2 -i 0.2 172.18.0.12
ip netns exec c1 ping -c 1 172.18.0.13
ip netns exec c2 ping -c 1 172.18.0.13
ip netns exec h1 bridge fdb show dev vx0
ip netns exec h3 bridge fdb show dev vx0
ip netns exec h1 bridge fdb show br br0 dynamic
ip netns exec h1 ip link show master br0
ip netns exec h1 ip -d link show vx0 | head -n 3
ip netns exec h1 bridge fdb del 00:00:00:00:00:00 dev vx0 dst 10.0.0.3
ip netns exec h1 bridge fdb show dev vx0
ip netns exec h1 bridge fdb del 00:00:00:00:00:00 dev vx0
ip netns exec h1 bridge fdb show dev vx0
ip netns exec c1 ping -c 1 -W 1 172.18.0.13
ip netns exec c1 ip neigh flush all
ip netns exec c1 ping -c 1 -W 1 172.18.0.12
