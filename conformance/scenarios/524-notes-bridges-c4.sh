
# 524-notes-bridges-c4: the seed 000 bridge walk-throughs (505 same subnet, 507 bridge as
# gateway) back to back in one sandbox, pings with -c 4 instead of -c 3
# Pins down: the notes' commands with four requests per ping (as a Ctrl-C after the 4th reply);
# 507's set-up runs after 505's, so ns1/ns2 already exist (File exists) and br0 is a second
# bridge next to my_br0.
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
ip netns exec ns1 ping -c 4 192.168.1.3
ip netns add ns1
ip netns add ns2
ip link add dev br0 type bridge
ip link add dev my_veth0 type veth peer name my_veth0_peer
ip link set my_veth0 netns ns1
ip link set my_veth0_peer master br0
ip link add dev my_veth1 type veth peer name my_veth1_peer
ip link set my_veth1 netns ns2
ip link set my_veth1_peer master br0
ip netns exec ns1 ip addr add 192.168.1.2/24 dev my_veth0
ip netns exec ns2 ip addr add 192.168.1.3/24 dev my_veth1
ip addr add 192.168.1.1/24 dev br0
ip netns exec ns1 ip link set dev my_veth0 up
ip link set dev my_veth0_peer up
ip netns exec ns2 ip link set dev my_veth1 up
ip link set dev my_veth1_peer up
ip link set br0 up
ip netns exec ns1 ip route add default via 192.168.1.1 dev my_veth0
ip netns exec ns2 ip route add default via 192.168.1.1 dev my_veth1
ip netns exec ns1 ping -c 4 10.0.2.15
ip netns exec ns1 ping -c 4 192.168.1.1
ip netns exec ns1 ping -c 4 192.168.1.3
