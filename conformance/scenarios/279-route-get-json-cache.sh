# 279-route-get-json-cache: route get and route show cache as JSON with a learned MTU
# Pins down: after a "frag needed" the exception is in -j route get (expires in seconds, metrics
# [{"mtu":N}]), -j -d (type, table main), -j route show cache, -j -p layout, mark as a number,
# from, an input lookup's iif, a broadcast's cache flags, the text second answer of "connected"
# after the JSON document, fibmatch, a lookup bound to a device.
ip netns add ns1
ip netns add ns2
ip netns add r
ip link add va type veth peer name ra
ip link add vb type veth peer name rb
ip link set va netns ns1
ip link set vb netns ns2
ip link set ra netns r
ip link set rb netns r
ip netns exec ns1 ip addr add 192.168.1.2/24 dev va
ip netns exec ns2 ip addr add 192.168.2.2/24 dev vb
ip netns exec r ip addr add 192.168.1.1/24 dev ra
ip netns exec r ip addr add 192.168.2.1/24 dev rb
ip netns exec ns1 ip link set va up
ip netns exec ns2 ip link set vb up
ip netns exec r ip link set ra up
ip netns exec r ip link set rb up
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec ns1 ip route add default via 192.168.1.1
ip netns exec ns2 ip route add default via 192.168.2.1
ping -q -c 2 -i 0.2 127.0.0.1
ip netns exec ns2 ip addr add 192.168.2.3/24 dev vb
ip netns exec r ip link set dev rb mtu 1300
ip netns exec ns2 ip link set dev vb mtu 1300
ip netns exec ns1 ip route show cache
ip netns exec ns1 ping -c 1 -W 1 -M do -s 1400 192.168.2.2
ip netns exec ns1 ip route get 192.168.2.2
ip netns exec ns1 ip -j route get 192.168.2.2
ip netns exec ns1 ip -j -d route get 192.168.2.2
ip netns exec ns1 ip -j route show cache
ip netns exec ns1 ip -j -p route get 192.168.2.2
ip netns exec ns1 ip -j route get 192.168.2.2 mark 0x20
ip netns exec ns1 ip -j route get 192.168.2.2 from 192.168.1.2
ip netns exec ns1 ip -j route get 127.0.0.1
ip netns exec r ip -j route get 192.168.2.2 from 192.168.1.2 iif ra
ip netns exec r ip -j -p route get 192.168.2.2 from 192.168.1.2 iif ra
ip netns exec r ip route get 192.168.2.2 from 192.168.1.2 iif ra
ip netns exec ns1 ip -j route get 192.168.1.255
ip netns exec ns1 ip -j route get 192.168.2.2 connected
ip netns exec ns1 ip -j route get fibmatch 192.168.2.2
ip netns exec ns1 ip -j route get 10.9.9.9 oif va
ip -j route get 10.1.1.1
