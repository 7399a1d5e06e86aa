# 613-vxlan-fdb: the VXLAN forwarding database by hand, a multicast group, a vxlan moved to another namespace
# Pins down: vxlan_fdb_add/vxlan_fdb_parse/vxlan_fdb_update (state, dst needed, port and vni printed only
# when they differ, via, NLM_F_EXCL on add, append only for the all-zeros and multicast entries, replace
# only for unicast, maxaddress), vxlan_fdb_delete of one remote or an entry, learned entries flushed on
# down; group 239.x with dev (IGMP join, outer multicast, TTL 1 default); the tunnel staying in the
# namespace it was created in after ip link set netns (link-netnsid in bridge fdb, dev shown as ifN).
ip netns add h1
ip netns add h2
ip netns add c1
ip link add e1 netns h1 type veth peer name e2 netns h2
ip netns exec h1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec h2 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec c1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec h1 ip addr add 10.0.0.1/24 dev e1
ip netns exec h2 ip addr add 10.0.0.2/24 dev e2
ip netns exec h1 ip link set e1 up
ip netns exec h2 ip link set e2 up
ip netns exec h1 ip link add vx0 type vxlan id 7 dstport 4789 dev e1 maxaddress 4
ip netns exec h1 bridge fdb add 02:00:00:00:00:01 dev vx0 dst 10.0.0.2
ip netns exec h1 bridge fdb add 02:00:00:00:00:01 dev vx0 dst 10.0.0.3
ip netns exec h1 bridge fdb append 02:00:00:00:00:01 dev vx0 dst 10.0.0.3
ip netns exec h1 bridge fdb replace 02:00:00:00:00:01 dev vx0 dst 10.0.0.4 port 5000 vni 9
ip netns exec h1 bridge fdb add 02:00:00:00:00:02 dev vx0
ip netns exec h1 bridge fdb add 02:00:00:00:00:02 dev vx0 dst 10.0.0.5 via nosuch
ip netns exec h1 bridge fdb add 02:00:00:00:00:02 dev vx0 dst 10.0.0.5 via e1 dynamic
ip netns exec h1 bridge fdb add 02:00:00:00:00:03 dev vx0 dst 10.0.0.6 static
ip netns exec h1 bridge fdb add 01:00:5e:01:02:03 dev vx0 dst 10.0.0.7
ip netns exec h1 bridge fdb append 01:00:5e:01:02:03 dev vx0 dst 10.0.0.8
ip netns exec h1 bridge fdb replace 01:00:5e:01:02:03 dev vx0 dst 10.0.0.9
ip netns exec h1 bridge fdb add 02:00:00:00:00:04 dev vx0 dst 10.0.0.10
ip netns exec h1 bridge fdb show dev vx0
ip netns exec h1 bridge -j fdb show dev vx0
ip netns exec h1 bridge fdb del 01:00:5e:01:02:03 dev vx0 dst 10.0.0.7
ip netns exec h1 bridge fdb del 01:00:5e:01:02:03 dev vx0 dst 10.0.0.7
ip netns exec h1 bridge fdb del 02:00:00:00:00:09 dev vx0
ip netns exec h1 bridge fdb del 02:00:00:00:00:02 dev vx0
ip netns exec h1 bridge fdb show dev vx0
ip netns exec h1 bridge fdb add 00:00:00:00:00:00 dev vx0 dst 10.0.0.2 port 4789x
ip netns exec h1 bridge fdb add 00:00:00:00:00:00 dev vx0 dst 10.0.0.2 vni 16777216
ip netns exec h1 bridge fdb add 00:00:00:00:00:00 dev vx0 dst 10.0.0.zz
ip netns exec h1 ip link del vx0
ip netns exec h1 ip link add vxg type vxlan id 8 dstport 4789 group 239.1.1.1 dev e1
ip netns exec h2 ip link add vxg type vxlan id 8 dstport 4789 group 239.1.1.1 dev e2
ip netns exec h1 bridge fdb show dev vxg
ip netns exec h1 ip addr add 192.168.8.1/24 dev vxg
ip netns exec h2 ip addr add 192.168.8.2/24 dev vxg
ip netns exec h1 ip link set vxg up
ip netns exec h2 ip link set vxg up
ping -q -c 2 -i 0.2 127.0.0.1 > /dev/null
ip netns exec h1 ping -c 2 -i 0.2 192.168.8.2
ip netns exec h2 bridge fdb show dev vxg
ip netns exec h1 ip link set vxg down
ip netns exec h1 bridge fdb show dev vxg
ip netns exec h1 ip link add vx1 type vxlan id 9 dstport 4789 remote 10.0.0.2 dev e1
ip netns exec h2 ip link add vx1 type vxlan id 9 dstport 4789 remote 10.0.0.1 dev e2
ip netns exec h1 ip link set vx1 netns c1
ip netns exec c1 ip addr add 192.168.9.1/24 dev vx1
ip netns exec h2 ip addr add 192.168.9.2/24 dev vx1
ip netns exec c1 ip link set vx1 up
ip netns exec h2 ip link set vx1 up
ip netns exec c1 ping -c 1 192.168.9.2
ip netns exec c1 ip -d link show vx1
ip netns exec c1 bridge fdb show dev vx1
ip netns exec h1 ip link show
ip netns exec h1 ip link del e1
ip netns exec c1 ip link show
