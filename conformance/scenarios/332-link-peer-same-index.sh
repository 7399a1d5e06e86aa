# 332-link-peer-same-index: a veth whose peer in another namespace has the same ifindex
# Pins down: the kernel puts IFLA_LINK only when it differs from the device's own index, so a port
# whose peer (in ns2) happens to have the same number shows as plain "v1:" without "@" or M-DOWN in
# bridge link (-s, -d too), while a same-namespace peer shows "@v6" and M-DOWN until it is up;
# ip link and sysfs iflink of the same device.
ip netns add ns2
ip link add name v0 type veth peer name peer0 netns ns2
ip link add name v1 type veth peer name peer1 netns ns2
ip link add br0 type bridge
ip link set v1 master br0
bridge -s link
bridge link
bridge -d link
ip link add v5 type veth peer name v6
ip link set v5 master br0
bridge link
bridge -s link
ip link set v6 up
ip link set v5 up
bridge -s link show dev v5
ip link show v1
ip -j link show v1
ip -n ns2 link show peer1
ip -o link show v0
cat /sys/class/net/v1/iflink
ip -br link show v1
