# 138-link-rename: ip link set DEV name NEW
# Pins down: renaming a DOWN device, an UP device (allowed), a name in use (File exists),
# the same name (no-op), invalid names (too long, "/", ":", space, "." and ".."), the
# "%d" template, the new name in @peer of the partner, in sysfs (name_assign_type 4) and in
# /proc/sys/net/ipv4/conf, addresses and routes following the rename, renaming lo,
# renaming in another namespace; rename + other changes in one command.
ip link add veth0 type veth peer name veth1
ip addr add 10.1.0.1/24 dev veth0
ip link set veth0 name wan0
ip link show wan0
ip link show veth1
cat /sys/class/net/wan0/name_assign_type
cat /sys/class/net/veth1/name_assign_type
ls /proc/sys/net/ipv4/conf
ip link set wan0 up
ip link set wan0 name wan1
ip -br link show
ip route show dev wan1
ip link set wan1 name veth1
ip link set wan1 name wan1
ip link set wan1 name abcdefghijklmnop
ip link set wan1 name abcdefghijklmno
ip link set abcdefghijklmno name "a b"
ip link set abcdefghijklmno name a/b
ip link set abcdefghijklmno name a:b
ip link set abcdefghijklmno name .
ip link set abcdefghijklmno name ..
ip link set abcdefghijklmno name wan%d
ip link set veth1 name wan%d
ip -br link show
ip link set lo name lo2
ip link show lo2
ip link set lo2 name lo
ip netns add ns1
ip link set wan0 netns ns1
ip netns exec ns1 ip link set wan0 name inside0
ip link show wan1
ip netns exec ns1 ip link show inside0
ip link set wan1 name outside0 mtu 1400 down
ip link show outside0
ip -4 addr show
ip link set nosuch name x
