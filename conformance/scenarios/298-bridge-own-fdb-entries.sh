# 298-bridge-own-fdb-entries: what a bridge itself has in bridge fdb show, as it changes
# Pins down: a new bridge's random address is a local "master br0 permanent" entry at once
# (brctl addbr too); the groups on its own multicast list in join order: IPv6 all-nodes from
# registration, the all-snoopers groups when it opens, IPv4 all-hosts, the solicited-node group
# of its link-local address once it has carrier; snooping turned off drops the all-snoopers
# groups, turned on again while up puts them at the end, a down/up restores the open order;
# the first port moves the bridge's address (the old local entry goes); a port leaving gives
# the address back to zero (no port) and its entry goes.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
brctl addbr br1
bridge fdb show
ip link set br0 up
bridge fdb show dev br0
ip link set br0 type bridge mcast_snooping 0
bridge fdb show dev br0
ip link set br0 type bridge mcast_snooping 1
bridge fdb show dev br0
ip link set br0 down
ip link set br0 up
bridge fdb show dev br0
ip link add v0 type veth peer name v1
ip link set v0 address 02:00:00:00:00:10
ip link set v0 master br0
bridge fdb show br br0
ip link show br0
ip link set v0 nomaster
bridge fdb show br br0
ip link show br0
ip link set br1 type bridge mcast_snooping 0
ip link set br1 up
bridge fdb show dev br1
