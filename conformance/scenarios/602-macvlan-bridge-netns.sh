# 602-macvlan-bridge-netns: the Docker macvlan shape, two namespaces on macvlans of one uplink
# Pins down: macvlan bridge mode (unicast and broadcast between macvlans of one lower device without
# leaving it), to and from the outside through the lower device, the host's own address on the lower device
# unreachable from its macvlans, macvlan_handle_frame by destination MAC, link-netnsid of a macvlan moved
# away, carrier following the lower device (netif_stacked_transfer_operstate), deleting the lower deletes the
# macvlans in other namespaces.
ip netns add ns1
ip netns add ns2
ip netns add out
ip link add eth0 type veth peer name peer0
ip link set peer0 netns out
ip netns exec out ip addr add 10.0.0.254/24 dev peer0
ip netns exec out ip link set peer0 up
ip link set eth0 up
ip addr add 10.0.0.1/24 dev eth0
ip link add mv1 link eth0 type macvlan mode bridge
ip link add mv2 link eth0 type macvlan mode bridge
ip link set mv1 netns ns1
ip link set mv2 netns ns2
ip netns exec ns1 ip addr add 10.0.0.11/24 dev mv1
ip netns exec ns2 ip addr add 10.0.0.12/24 dev mv2
ip netns exec ns1 ip link set mv1 up
ip netns exec ns2 ip link set mv2 up
ping -q -c 2 -i 0.2 127.0.0.1 > /dev/null
ip netns exec ns1 ip -d link show mv1
ip netns exec ns1 ip -j link show mv1
ip -d link show eth0
ip netns exec ns1 ping -c 1 -W 1 10.0.0.12
ip netns exec ns1 ping -c 1 -W 1 10.0.0.254
ip netns exec out ping -c 1 -W 1 10.0.0.12
ip netns exec ns2 ping -c 1 -W 1 10.0.0.11
ip netns exec ns1 ping -c 1 -W 1 10.0.0.1
ping -c 1 -W 1 10.0.0.11
ip netns exec ns1 ip neigh show 10.0.0.12
ip neigh show 10.0.0.11
ip netns exec ns1 ip route
ip link set eth0 down
ping -q -c 2 -i 0.2 127.0.0.1 > /dev/null
ip netns exec ns1 ip link show mv1
ip netns exec ns1 ping -c 1 -W 1 10.0.0.12
ip link set eth0 up
ping -q -c 2 -i 0.2 127.0.0.1 > /dev/null
ip netns exec ns1 ip link show mv1
ip link del eth0
ip netns exec ns1 ip link show
ip netns exec ns2 ip link show
