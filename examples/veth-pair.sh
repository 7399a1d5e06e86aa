# The notes' veth walk-through: a pair between the host and a namespace, addresses, pings,
# the loopback of the namespace, and what `ip link add dev veth0` alone says.
ip link add dev veth0
ip netns add k8svip
ip link add veth0 type veth peer name veth1
ip link set veth1 netns k8svip
ip netns exec k8svip ip addr
ip addr add 192.168.0.1/24 dev veth0
ip link set dev veth0 up
ip netns exec k8svip ip addr add 192.168.0.2/24 dev veth1
ip netns exec k8svip ip link set dev veth1 up
ping -c 2 192.168.0.2
ping -c 1 -I veth0 192.168.0.2  # 通过veth0 ping
ip netns exec k8svip ping -c 1 192.168.0.1
ip netns exec k8svip ping -c 1 -I veth1 192.168.0.1
ip netns exec k8svip ping -c 1 127.0.0.1
ip netns exec k8svip ip link set dev lo up
ip netns exec k8svip ping -c 1 127.0.0.1
ip neigh show
ip netns exec k8svip ip neigh show
ethtool -S veth0
ip -br addr
route -n
ip netns del k8svip
ip link show
