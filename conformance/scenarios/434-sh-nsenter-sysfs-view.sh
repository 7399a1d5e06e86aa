# 434-sh-nsenter-sysfs-view: /sys/class/net after nsenter/unshare vs after ip netns exec
# Pins down: ip netns exec mounts a fresh sysfs for NS, nsenter --net and unshare -n do not: in
# those, /sys/class/net still lists the caller's devices while ip shows the namespace's own; /proc/
# sys/net and /proc/net follow the namespace in all cases.
ip link add r0 type veth peer name r1
ip netns add a
ip netns exec a ls /sys/class/net
nsenter --net=/run/netns/a ls /sys/class/net
nsenter --net=/run/netns/a ip -br link
unshare -n ls /sys/class/net
ip netns exec a ls /proc/sys/net/ipv4/conf
nsenter --net=/run/netns/a ls /proc/sys/net/ipv4/conf
unshare -n ls /proc/sys/net/ipv4/conf
nsenter --net=/run/netns/a cat /proc/net/dev | wc -l
