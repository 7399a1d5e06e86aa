# 605-macvlan-lifecycle: macvlans across namespaces and back, with their addresses, drivers and sysfs
# Pins down: a macvlan created straight into a namespace keeps its lower in the caller's, moving it back,
# a namespace deleted with a macvlan in it, ip link set address on a macvlan (up and down), the lower's
# uc list and promiscuity as macvlans open and close, ethtool -i of a macvlan, sysfs iflink/type, nodst and
# null flags, a macvlan on a macvlan in another namespace, ip -br and ip -o output of macvlans.
ip netns add ns1
ip netns add ns2
ip link add eth0 type veth peer name eth1
ip link set eth1 up
ip link set eth0 up
ip link add mva link eth0 netns ns1 type macvlan mode bridge
ip link add mvb link eth0 type macvlan mode bridge flag null
ip link add mvc link eth0 type macvlan mode source flag nodst
ip -d link show mvc
ip netns exec ns1 ip -d link show mva
ip link show mvb
ip -br link show type macvlan
ip -o link show mvb
ip link set mvb up
ip -d link show eth0 | grep -o 'promiscuity [0-9]*'
bridge fdb show dev eth0 | grep -v 33:33
ip link set mvb address 02:00:00:00:aa:01
bridge fdb show dev eth0 | grep -v 33:33
ip link set mvb down
bridge fdb show dev eth0 | grep -v 33:33
ip -d link show eth0 | grep -o 'promiscuity [0-9]*'
ip link set mvb address 02:00:00:00:aa:02
ip link show mvb
ethtool -i mvb
cat /sys/class/net/mvb/iflink /sys/class/net/mvb/type /sys/class/net/mvb/addr_assign_type
ip link set mvb netns ns2
ip netns exec ns2 ip link add mvd link mvb type macvlan
ip link add mve link mvc type macvlan
ip -d link show mve
ip netns exec ns2 ip link set mvb netns ns1
ip netns exec ns2 ip link show
ip netns del ns1
ip link show type macvlan
ip link del eth1
ip link show
