
# 523-notes-k8svip-peer-c1: 504 (the k8svip walk-through, its `pair` typo fixed) with every
# ping's -c 3 made -c 1
# Pins down: the same walk-through when a reader stops each ping after one request: the first
# request right after the links came up (ARP on the way) still gets its reply; a lost one
# waits the full 10 s linger; no "pipe" lines.
ip netns add k8svip
ip netns show/list 
ip link add veth0 type veth peer name veth1
ip link set veth1 netns k8svip
ip netns exec k8svip ip addr
ip addr add 192.168.0.1/24 dev veth0
ip link set dev veth0 up
ip netns exec k8svip ip addr add 192.168.0.2/24 dev veth1
ip netns exec k8svip ip link set dev veth1 up
ping -c 1 192.168.0.2
ping -c 1 -I veth0 192.168.0.2 // 通过veth0 ping
ip netns exec k8svip ping -c 1 192.168.0.1
ip netns exec k8svip ping -c 1 -I veth1 192.168.0.1
ip netns exec k8svip ip link set dev lo up
ip netns exec k8svip ping -c 1 127.0.0.1
ip link add name br0 type bridge
ip link set br0 up
ip link set dev veth0 master br0
ping -c 1 -I veth0 192.168.0.2
IP netns exec k8svip ping -I veth1 192.168.0.1
ip addr del 192.168.0.1/24 dev veth0
ip addr add 192.168.0.1/24 dev br0
ping -c 1 -I br0 192.168.0.2
IP netns exec k8svip ping -I veth1 192.168.0.1
ip netns exec k8svip ip route add default via 192.168.0.1
iptables -t nat -A POSTROUTING  -s 192.168.0.0/24 -j MASQUERADE
ip netns exec k8svip ping -c 1 10.151.116.190
ip netns exec k8svip traceroute -m 4 -w 1 10.151.116.190
iptables -t nat -D POSTROUTING  -s 192.168.0.0/24 -j MASQUERADE
ip netns exec k8svip ip route del default via 192.168.1.1
ip link set dev veth0 nomaster
ip link del br0
ip netns exec k8svip ip link set dev lo down
ip netns exec k8svip ip link set dev veth1 down
ip netns del k8svip
ping -q -c 2 -i 1.2 127.0.0.1
ip link del veth0
