# 333-bridge-own-multicast-reports: what a bridge sends by itself
# Pins down: a bridge with multicast snooping joins the all-snoopers groups when it opens:
# IGMPv3 reports for 224.0.0.106 (from 0.0.0.0, then from its address) and MLDv2 reports that
# carry ff02::6a along with its link-local's group once the link is ready; what the bridge sends
# while it has no carrier is dropped (tx dropped 1); the reports reach the port and the peer;
# through LOCAL_OUT they make a conntrack entry ("unknown 2 ... dst=224.0.0.22").
ip netns add c1
ip link add br0 address 02:00:00:00:0d:01 type bridge
ip link set br0 up
ip link add v0 address 02:00:00:00:0d:02 type veth peer name eth0 netns c1
ip -n c1 link set eth0 address 02:00:00:00:0d:03
ip link set v0 master br0
ip link set v0 up
ip -n c1 link set eth0 up
ip addr add 10.77.0.1/24 dev br0
ip -n c1 addr add 10.77.0.2/24 dev eth0
sleep 4
ip -s link show br0
ip -s link show v0
ip -n c1 -s link show eth0
ip netns exec c1 ping -c 1 10.77.0.1
ip netns add c2
ip netns exec c2 iptables -t nat -A POSTROUTING -s 10.78.0.0/24 -j MASQUERADE
ip netns exec c2 ip link add brx type bridge
ip netns exec c2 ip addr add 10.78.0.1/24 dev brx
ip netns exec c2 ip link set brx up
ip netns exec c2 ip link add px type veth peer name py
ip netns exec c2 ip link set px master brx
ip netns exec c2 ip link set px up
ip netns exec c2 ip link set py up
sleep 3
ip netns exec c2 conntrack -L -p igmp
ip netns exec c2 conntrack -C
