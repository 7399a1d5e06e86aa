# 281-bridge-fdb-show-lists: what bridge fdb show lists, filtered, as JSON and with -s
# Pins down: rtnl_fdb_dump's order (devices by ifindex; a port's bridge entries newest first,
# then its own lists; a bridge's own lists before the entries that point at no port); a device's
# multicast list in join order: the IPv6 all-nodes group from registration, a bridge's
# all-snoopers groups and the IPv4 all-hosts group when it comes up, the solicited-node group
# of each IPv6 address (joined when the address is added, once per group, a shared group
# keeping its place while an address still holds it), all-nodes dropped by a down of a
# configured device and loaded again behind the IPv4 group; filters br, dev/brport, br with
# a device that is no bridge (nothing), state, dynamic (drops only permanent entries); JSON
# (-j, -j -p, empty results "[]" / "[ ]"); -s cache info for bridge entries only; errors.
ip link add br0 type bridge
ip link set br0 address 02:00:00:00:00:01
ip link add v0 type veth peer name v1
ip link add v2 type veth peer name v3
ip link set v0 address 02:00:00:00:00:10
ip link set v1 address 02:00:00:00:00:11
ip link set v2 address 02:00:00:00:00:20
ip link set v3 address 02:00:00:00:00:21
bridge fdb show
ip link set v0 master br0
ip link set v2 master br0
ip link set br0 up
ip link set v0 up
ip addr add 2001:db8::1/64 dev v0
ip addr add 2001:db8::2/64 dev v0 nodad
ip addr add 2001:db9::1/64 dev v0
ip addr add 2001:db8::5/64 dev br0 nodad
bridge fdb show
ip addr del 2001:db8::1/64 dev v0
bridge fdb show dev v0
ip addr del 2001:db9::1/64 dev v0
bridge fdb show dev v0
bridge fdb add 02:00:00:00:00:aa dev v2 master static
bridge fdb add 02:00:00:00:00:ab dev v2
bridge fdb show br br0
bridge fdb show br br0 dev v2
bridge fdb show brport v2
bridge fdb show dev br0
bridge fdb show br v0
bridge fdb show br br0 state static
bridge fdb show state permanent dev v2
bridge fdb show dynamic
bridge fdb show br br0 dynamic
bridge fdb show state foo
bridge fdb show br nosuch
bridge fdb show dev nosuch
bridge -j fdb show dev v2
bridge -j -p fdb show dev v2
bridge -j fdb show br v0
bridge -j -p fdb show br v0
bridge -s fdb show br br0
bridge -s -j fdb show dev v2
sysctl -qw net.ipv6.conf.v3.disable_ipv6=1
ip link set v3 up
bridge fdb show dev v3
sysctl -qw net.ipv6.conf.v3.disable_ipv6=0
bridge fdb show dev v3
ip link set br0 down
bridge fdb show dev br0
ip link set br0 up
bridge fdb show dev br0
ip link add v4 type veth peer name v5
ip link set v4 address 02:00:00:00:00:40
ip link set v5 address 02:00:00:00:00:50
ip link set v4 up
ip link set v5 up
ip addr add 2001:db8::40/64 dev v4 nodad
bridge fdb show dev v4
ip link set v4 down
bridge fdb show dev v4
ip link set v4 up
bridge fdb show dev v4
sysctl -qw net.ipv6.conf.v5.disable_ipv6=1
bridge fdb show dev v5
sysctl -qw net.ipv6.conf.v5.disable_ipv6=0
bridge fdb show dev v5
