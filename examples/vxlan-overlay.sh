# Run: linnet run --lab two-hosts examples/vxlan-overlay.sh
# A vxlan overlay between two machines, the shape of flannel's and Docker's overlay networks: on
# each host a bridge br0 with a vxlan port (VNI 42, UDP 4789 over eth0) and a "container" (a
# namespace on a veth). The containers share one layer-2 subnet, 10.42.0.0/24, across the
# 192.168.3.0/24 network: their Ethernet frames travel inside VXLAN/UDP/IPv4 between the hosts.
# Head-end replication: the all-zeros FDB entry makes the vxlan send broadcast and unknown
# frames (the containers' ARP requests) as one unicast copy to each remote host listed.
ip link add vxlan0 type vxlan id 42 dstport 4789 local 192.168.3.1 dev eth0
ssh host2 ip link add vxlan0 type vxlan id 42 dstport 4789 local 192.168.3.2 dev eth0
bridge fdb append 00:00:00:00:00:00 dev vxlan0 dst 192.168.3.2
ssh host2 bridge fdb append 00:00:00:00:00:00 dev vxlan0 dst 192.168.3.1
ip link add br0 type bridge
ip link set vxlan0 master br0
ip link set vxlan0 up
ip link set br0 up
ssh host2 'ip link add br0 type bridge && ip link set vxlan0 master br0 && ip link set vxlan0 up && ip link set br0 up'
ip -d link show vxlan0
# a container on each host, attached to its bridge
ip netns add c1
ip link add veth-c1 type veth peer name eth0 netns c1
ip link set veth-c1 master br0
ip link set veth-c1 up
ip -n c1 addr add 10.42.0.1/24 dev eth0
ip -n c1 link set eth0 mtu 1450
ip -n c1 link set eth0 up
ssh host2 ip netns add c2
ssh host2 ip link add veth-c2 type veth peer name eth0 netns c2
ssh host2 'ip link set veth-c2 master br0 && ip link set veth-c2 up'
ssh host2 'ip -n c2 addr add 10.42.0.2/24 dev eth0 && ip -n c2 link set eth0 mtu 1450 up'
ip netns exec c1 ping -c 2 10.42.0.2
ssh host2 ip netns exec c2 ping -c 1 10.42.0.1
# the containers are neighbours on one link. The bridge learned the remote MACs on its vxlan
# port; the vxlan learned, from the outer source address, which host each one lives on (the
# self entries with dst). The other remote MAC is host2's br0, whose IPv6 router solicitations
# cross the overlay too.
ip netns exec c1 ip neigh show
ssh host2 ip -n c2 link show eth0
ssh host2 ip link show br0
bridge fdb show dev vxlan0
bridge fdb show br br0 dynamic
# the vxlan MTU (1450) leaves room for the 50 bytes of outer headers (Ethernet 14, IPv4 20,
# UDP 8, VXLAN 8); the containers' eth0 use it too, as Docker's overlay sets them
ip netns exec c1 ping -c 1 -M do -s 1422 10.42.0.2
ip netns exec c1 ping -c 1 -M do -s 1423 10.42.0.2
ip -s link show vxlan0
ip -s link show eth0
