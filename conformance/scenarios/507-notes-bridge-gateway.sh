
# 507-notes-bridge-gateway: seed 000 "bridge 连通外网", verbatim
# Pins down: br0 192.168.1.1/24 as the namespaces' gateway, the notes' commands in their
# order; the notes' `ping 10.0.2.15` (the author's host address) has nothing to answer it in
# the sandbox: it goes to br0, the root does not forward, and it is lost silently.
# Changes: the ping gets -c 3; (additions) the gateway itself answers, ns1 reaches ns2.
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
ip netns exec ns1 ping -c 3 10.0.2.15
# additions
ip netns exec ns1 ping -c 3 192.168.1.1
ip netns exec ns1 ping -c 3 192.168.1.3
