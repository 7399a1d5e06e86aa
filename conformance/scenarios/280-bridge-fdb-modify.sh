# 280-bridge-fdb-modify: bridge fdb add/append/replace/del and where each request goes
# Pins down: iproute2's defaults (no self/master means NTF_SELF, no state means permanent,
# "static" is NOARP|REACHABLE, "dynamic" REACHABLE); rtnl_fdb_add/del dispatch: master (or a
# port with no flag) to the port's bridge, self on a bridge to the bridge itself ("dev br0
# master br0"), self on another device to its own address lists (ndo_dflt_fdb_add: "self
# permanent", unicast before multicast, only local addresses, duplicates EEXIST only for add);
# errors: master on a device that is no port or on the bridge (EOPNOTSUPP), an entry towards
# the bridge that is not permanent, a dynamic entry on a port that cannot learn (EPERM),
# sticky with permanent, the zero address, add of an existing entry, del of a missing one or
# of one that points at another port, a tun device (extack), missing arguments and devices;
# bridge(8) exits 255 for every failure.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link set br0 address 02:00:00:00:00:01
ip link add v0 type veth peer name v1
ip link add v2 type veth peer name v3
ip link set v0 address 02:00:00:00:00:10
ip link set v1 address 02:00:00:00:00:11
ip link set v2 address 02:00:00:00:00:20
ip link set v3 address 02:00:00:00:00:21
ip link set v0 master br0
ip link set v2 master br0
bridge fdb add 02:00:00:00:00:aa dev v0 master dynamic
bridge fdb add 02:00:00:00:00:aa dev v0 master
bridge fdb add 02:00:00:00:00:ab dev v0 master static
bridge fdb add 02:00:00:00:00:ac dev v2 master local
bridge fdb add 02:00:00:00:00:ad dev v2
bridge fdb add 02:00:00:00:00:ae dev v2 self
bridge fdb add 01:00:5e:01:02:03 dev v2
bridge fdb add 33:33:00:00:00:01 dev v2
bridge fdb append 02:00:00:00:00:ae dev v2
bridge fdb add 02:00:00:00:00:ae dev v2
bridge fdb add 02:00:00:00:00:af dev v2 static
bridge fdb add 02:00:00:00:00:b0 dev br0 self
bridge fdb add 02:00:00:00:00:b1 dev br0 self static
bridge fdb add 02:00:00:00:00:b2 dev br0 master
bridge fdb add 02:00:00:00:00:b3 dev v1 master
bridge fdb add 02:00:00:00:00:b4 dev v0 master sticky
bridge fdb add 00:00:00:00:00:00 dev v0 master
bridge fdb add 02:00:00:00:00:aa dev v0 master
bridge fdb show
ip link set br0 up
ip link set v0 up
ip link set v1 up
bridge fdb add 02:00:00:00:00:c0 dev v0 master dynamic
bridge fdb add 02:00:00:00:00:c1 dev v0 master sticky static
bridge fdb replace 02:00:00:00:00:aa dev v2 master static
bridge fdb replace 02:00:00:00:00:c2 dev v2 master
bridge fdb replace 02:00:00:00:00:c3 dev br0 master
bridge fdb show br br0
bridge fdb del 02:00:00:00:00:aa dev v0 master
bridge fdb del 02:00:00:00:00:aa dev br0 self
bridge fdb del 02:00:00:00:00:aa dev br0 master
bridge fdb del 02:00:00:00:00:aa dev v2 master
bridge fdb del 02:00:00:00:00:b0 dev br0 self
bridge fdb del 02:00:00:00:00:ae dev v2
bridge fdb del 02:00:00:00:00:ae dev v2
bridge fdb del 02:00:00:00:00:ad dev v2 static
bridge fdb del 01:00:5e:01:02:03 dev v2 self
bridge fdb del 02:00:00:00:00:10 dev v0 master
bridge fdb show br br0
ip tuntap add dev tn0 mode tun
bridge fdb add 02:00:00:00:00:d0 dev tn0
bridge fdb add 02:00:00:00:00:d0 dev lo
bridge fdb add 02:00:00:00:00:d0 dev nosuch0
bridge fdb del 02:00:00:00:00:d0 dev nosuch0
bridge fdb add 02:00:00:00:00:d0
bridge fdb add dev v0
bridge fdb add zz:00:00:00:00:00 dev v0
bridge fdb add 02:00:00:00:00:d0 02:00:00:00:00:d1 dev v0
bridge fdb foo
bridge fdb help
