# 335-bridge-fdb-vlan-without-filtering: VLAN ids on a kernel without VLAN filtering
# Pins down: bridge fdb add/replace with "vlan N" on a bridge, a port (master) or another device
# (self) is EINVAL (no VLAN group to find N in), vlan 0 or 5000 too (rtnl_fdb_add's own check), a
# delete with a VLAN finds nothing (ENOENT), "vlan" twice is a duplicate, a non-number is atoi's 0;
# bridge -d vlan show asks for the per-VLAN dump the kernel refuses ("Dump terminated", exit 1,
# the header or "[" printed), -s vlan show's header has no trailing blanks.
ip link add br1 type bridge
ip link add v0 type veth peer name v1
ip link set v0 master br1
bridge fdb add 02:00:00:00:0a:05 dev br1 vlan 2
bridge fdb add 02:00:00:00:0a:05 dev v0 master vlan 2
bridge fdb add 02:00:00:00:0a:05 dev v0 master vlan 0
bridge fdb add 02:00:00:00:0a:05 dev v0 master vlan 5000
bridge fdb add 02:00:00:00:0a:05 dev v1 self vlan 3
bridge fdb replace 02:00:00:00:00:02 dev br1 vlan 2
bridge fdb del 02:00:00:00:0a:05 dev v0 master vlan 2
bridge fdb add 02:00:00:00:0a:05 dev v0 master vlan 2 vlan 3
bridge fdb add 02:00:00:00:0a:06 dev v0 master vlan x
bridge fdb show dev v0
bridge -d vlan show
bridge -d -j vlan show
bridge -s vlan show
bridge -d vlan show dev br1
bridge vlan show dev br1
