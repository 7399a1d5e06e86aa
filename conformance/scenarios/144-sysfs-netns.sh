# 144-sysfs-netns: /sys/class/net seen from and written into namespaces
# Pins down: each namespace's sysfs lists its own devices; ifindex/iflink of veth ends in
# two namespaces (iflink is the peer's ifindex in ITS namespace); `ip netns exec ns1 cat`
# reads ns1's files; `ip netns exec ns1 echo V > /sys/class/net/X/...` opens the file in
# the ROOT namespace (the shell's), so it changes the root's device or fails there;
# name_assign_type/addr_assign_type after a move; renames visible in sysfs and /proc/sys.
ip netns add ns1
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip link set veth1 netns ns1
ip link set veth3 netns ns1
ip netns exec ns1 ip link set veth3 name inner3
ls /sys/class/net
ip netns exec ns1 ls /sys/class/net
cat /sys/class/net/veth0/ifindex
cat /sys/class/net/veth0/iflink
ip netns exec ns1 cat /sys/class/net/veth1/ifindex
ip netns exec ns1 cat /sys/class/net/veth1/iflink
ip netns exec ns1 cat /sys/class/net/inner3/iflink
ip netns exec ns1 cat /sys/class/net/inner3/name_assign_type
ip netns exec ns1 cat /sys/class/net/veth0/mtu
ip netns exec ns1 echo 1400 > /sys/class/net/veth0/mtu
cat /sys/class/net/veth0/mtu
ip netns exec ns1 echo 1400 > /sys/class/net/veth1/mtu
ip netns exec ns1 cat /sys/class/net/veth1/mtu
ip netns exec ns1 ls /proc/sys/net/ipv4/conf
ip netns exec ns1 cat /sys/class/net/lo/operstate
ip netns exec ns1 cat /sys/class/net/lo/flags
ip netns exec ns1 cat /sys/class/net/veth1/operstate
ip netns exec ns1 cat /sys/class/net/veth1/carrier_changes
ip link set veth0 up
ip netns exec ns1 ip link set veth1 up
# settle: carrier/operstate/qdisc changes are applied by the kernel's link watcher,
# asynchronously; give it 0.2 s
ping -q -c 2 -i 0.2 127.0.0.1
ip netns exec ns1 cat /sys/class/net/veth1/operstate
ip netns exec ns1 cat /sys/class/net/veth1/carrier
ip netns exec ns1 cat /sys/class/net/veth1/carrier_changes
cat /sys/class/net/veth0/speed
