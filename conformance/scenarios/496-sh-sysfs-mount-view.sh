# 496-sh-sysfs-mount-view: whose devices /sys/class/net shows, through nested namespace switches
# Pins down: sysfs shows the network namespace of the process that mounted it: ip netns exec
# mounts a fresh one (its namespace's), nsenter --net and unshare -n keep the caller's mount
# namespace, so a nested nsenter inside ip netns exec still sees the outer namespace's devices;
# a device file of the caller's sysfs stays readable and writable from the other namespace.
ip link add h0 type veth peer name h1
ip netns add a
ip netns add b
ip -n a link add a0 type veth peer name a1
ip netns exec a nsenter --net=/run/netns/b ls /sys/class/net
ip netns exec a unshare -n ls /sys/class/net
nsenter --net=/run/netns/a ip netns exec b ls /sys/class/net
nsenter --net=/run/netns/b cat /sys/class/net/h0/mtu
nsenter --net=/run/netns/b sh -c 'echo 1400 > /sys/class/net/h0/mtu'; ip link show h0 | head -1
nsenter --net=/run/netns/b cat /sys/class/net/a0/mtu
nsenter --net=/run/netns/a bash -c 'ls /sys/class/net; ip -br link | cut -d" " -f1'
nsenter --net=/run/netns/a ls /proc/sys/net/ipv4/conf
