# The study notes' "net namespace 连接外网的过程记录" walk-through (k8svip), in the default host
# profile: the host has eth0 10.0.2.15/24 and a default route to an upstream that reaches public
# addresses (203.0.113.10 stands in for the notes' 10.151.116.190). Pings get -c so the script ends.
ip netns add k8svip
ip netns show
# the notes' spelling is rejected by iproute2 6.1; the working one follows
ip link add veth0 type veth pair name veth1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns k8svip
ip netns exec k8svip ip addr
ip addr add 192.168.0.1/24 dev veth0
ip link set dev veth0 up
ip netns exec k8svip ip addr add 192.168.0.2/24 dev veth1
ip netns exec k8svip ip link set dev veth1 up
# 可以ping通
ping -c 1 192.168.0.2
ping -c 1 -I veth0 192.168.0.2
ip netns exec k8svip ping -c 1 192.168.0.1
ip netns exec k8svip ping -c 1 -I veth1 192.168.0.1
ip netns exec k8svip ping -c 1 127.0.0.1
ip netns exec k8svip ip link set dev lo up
ip netns exec k8svip ping -c 1 127.0.0.1
# bridge br0; veth0 becomes its port
ip link add name br0 type bridge
ip link set br0 up
ip link set dev veth0 master br0
# 以下都ping不通 (once the neighbour caches are empty)
ip neigh flush dev veth0
ip netns exec k8svip ip neigh flush dev veth1
ping -c 1 -W 1 -I veth0 192.168.0.2
ip netns exec k8svip ping -c 1 -W 1 -I veth1 192.168.0.1
# the address moves from the port to the bridge: 可以ping通
ip addr del 192.168.0.1/24 dev veth0
ip addr add 192.168.0.1/24 dev br0
ping -c 1 -I br0 192.168.0.2
ip netns exec k8svip ping -c 1 -I veth1 192.168.0.1
# to the outside: a default route, forwarding, and NAT
ip netns exec k8svip ip route add default via 192.168.0.1
ip netns exec k8svip ping -c 1 -W 1 203.0.113.10
sysctl -w net.ipv4.ip_forward=1
ip netns exec k8svip ping -c 1 -W 1 203.0.113.10
iptables -t nat -A POSTROUTING  -s 192.168.0.0/24 -j MASQUERADE
ip netns exec k8svip ping -c 2 203.0.113.10
iptables -t nat -L -n -v
conntrack -L
ip netns exec k8svip traceroute -n 203.0.113.10
# 以下是删除操作 (the notes' teardown, its typo in the gateway kept)
iptables -t nat -D POSTROUTING  -s 192.168.0.0/24 -j MASQUERADE
ip netns exec k8svip ip route del default via 192.168.1.1
ip link set dev veth0 nomaster
ip link del br0
ip netns exec k8svip ip link set dev lo down
ip netns exec k8svip ip link set dev veth1 down
ip netns del k8svip
ip link del veth0
# what is left: only lo and eth0
ip -br link
