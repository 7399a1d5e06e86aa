
# 505-notes-bridge-same-subnet: seed 000 "bridge 同一网段连接示例", verbatim
# Pins down: ns1/ns2 behind my_br0 (no IP on the bridge) reach each other: the notes'
# commands in their order, ping from ns1 to ns2 with no settle time.
# Changes: the ping gets -c 3.
ip netns add ns1
ip netns add ns2
ip link add dev my_br0 type bridge
ip link add dev my_veth0 type veth peer name my_veth1
ip link set my_veth0 netns ns1
ip link set my_veth1 master my_br0
ip link add dev my_veth2 type veth peer name my_veth3
ip link set my_veth2 netns ns2
ip link set my_veth3 master my_br0
ip netns exec ns1 ip addr add 192.168.1.2/24 dev my_veth0
ip netns exec ns2 ip addr add 192.168.1.3/24 dev my_veth2
ip link set dev my_br0 up
ip link set dev my_veth1 up
ip link set dev my_veth3 up
ip netns exec ns1 ip link set dev my_veth0 up
ip netns exec ns2 ip link set dev my_veth2 up
ip netns exec ns1 ping -c 3 192.168.1.3
