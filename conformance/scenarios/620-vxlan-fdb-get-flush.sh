# 620-vxlan-fdb-get-flush: bridge fdb get, flush and -s on a vxlan's own FDB
# Pins down: NDA_CACHEINFO of vxlan entries (used/updated in bridge -s fdb), bridge -j -p fdb of tunnel
# entries (dst, viaIf), vxlan_fdb_get (found, "Fdb entry not found"), vxlan_fdb_delete_bulk (everything, or
# by state), master on a vxlan that is no bridge port, replace creating an entry, what up/down keep.
ip link add eth0 type veth peer name eth1
ip addr add 10.0.0.1/24 dev eth0
ip link add vx0 type vxlan id 5 dstport 4789 remote 10.0.0.2 dev eth0
bridge fdb add 02:00:00:00:00:01 dev vx0 dst 10.0.0.3
bridge fdb add 02:00:00:00:00:02 dev vx0 dst 10.0.0.4 dynamic
bridge -s fdb show dev vx0
bridge -j -p fdb show dev vx0
bridge fdb get 02:00:00:00:00:01 dev vx0 self
bridge fdb get 02:00:00:00:00:09 dev vx0 self
bridge fdb flush dev vx0
bridge fdb show dev vx0
bridge fdb flush dev vx0 permanent
bridge fdb show dev vx0
bridge fdb add 02:00:00:00:00:05 dev vx0 dst 10.0.0.3 vlan 5
bridge fdb add 02:00:00:00:00:06 dev vx0 dst 10.0.0.3 master
bridge fdb del 02:00:00:00:00:01 dev vx0 dst 10.0.0.3 master
bridge fdb replace 02:00:00:00:00:07 dev vx0 dst 10.0.0.3
bridge fdb show dev vx0
ip link set vx0 up
bridge fdb show dev vx0
ip link set vx0 down
bridge fdb show dev vx0
