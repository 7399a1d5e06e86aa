# The notes' VM topology ("虚拟机网络拓扑"): the host's eth0 and one tap per VM are ports of br0,
# the host's address moves to br0, and every VM sits on the physical subnet itself (here the
# default profile's 10.0.2.0/24, whose router 10.0.2.2 leads to the outside world).
ip link add br0 type bridge
ip addr del 10.0.2.15/24 dev eth0
ip link set eth0 master br0
ip addr add 10.0.2.15/24 dev br0
ip link set br0 up
ip route add default via 10.0.2.2
ip tuntap add dev tap0 mode tap
ip tuntap add dev tap1 mode tap
ip link set tap0 master br0
ip link set tap1 master br0
ip link set tap0 up
ip link set tap1 up
# boot two guests, each NIC behind one tap (what qemu -netdev tap,ifname=tapN does)
vm add vm1 tap tap0
vm add vm2 tap tap1
vm exec vm1 ip addr add 10.0.2.102/24 dev eth0
vm exec vm1 ip link set eth0 up
vm exec vm1 ip route add default via 10.0.2.2
vm exec vm2 ip addr add 10.0.2.103/24 dev eth0
vm exec vm2 ip link set eth0 up
vm exec vm2 ip route add default via 10.0.2.2
# guests reach each other, the host, and through the physical network's router the world
vm exec vm1 ping -c 2 10.0.2.103
vm exec vm1 ping -c 1 10.0.2.15
ping -c 1 10.0.2.102
vm exec vm2 ping -c 1 203.0.113.10
vm exec vm2 traceroute -n 203.0.113.10
bridge fdb show br br0 dynamic
brctl show
ip -br link show master br0
vm exec vm1 ip neigh show
