# 551-sysctl-dotted-device: deleting device v leaves the conf directories of a device named v.1 alone
# Pins down: a device's sysctl directories go with exactly that device (net.ipv4.conf.v/1 survives ip link del v)
ip link add name v type veth peer name x
ip link add name v.1 type veth peer name y
sysctl -w net.ipv4.conf.v/1.forwarding=1
ip link del dev v
sysctl net.ipv4.conf.v/1.forwarding net.ipv6.conf.v/1.forwarding net.ipv4.neigh.v/1.ucast_solicit net.ipv6.neigh.v/1.ucast_solicit
ls /proc/sys/net/ipv4/conf /proc/sys/net/ipv6/neigh
sysctl net.ipv4.conf.v.forwarding
