# 603-macvlan-modes: private, vepa and bridge side by side on one lower device, changed with ip link set
# Pins down: macvlan_queue_xmit (bridge mode short-cuts only to bridge-mode peers; vepa and private send
# everything out of the lower device), macvlan_handle_frame for frames coming back (a hairpin bridge port as
# the VEPA reflective relay: vepa peers reach each other through it, private ones never do),
# macvlan_changelink of mode, ip -d link after each change.
ip netns add ns1
ip netns add ns2
ip netns add sw
ip link add eth0 type veth peer name swp0
ip link set swp0 netns sw
ip netns exec sw ip link add br0 type bridge
ip netns exec sw ip link set swp0 master br0
ip netns exec sw ip link set br0 up
ip netns exec sw ip link set swp0 up
ip netns exec sw ip addr add 10.1.0.254/24 dev br0
ip link set eth0 up
ip link add mv1 link eth0 type macvlan mode private
ip link add mv2 link eth0 type macvlan mode private
ip link set mv1 netns ns1
ip link set mv2 netns ns2
ip netns exec ns1 ip addr add 10.1.0.11/24 dev mv1
ip netns exec ns2 ip addr add 10.1.0.12/24 dev mv2
ip netns exec ns1 ip link set mv1 up
ip netns exec ns2 ip link set mv2 up
ping -q -c 2 -i 0.2 127.0.0.1 > /dev/null
ip netns exec ns1 ping -c 1 -W 1 10.1.0.12
ip netns exec ns1 ping -c 1 -W 1 10.1.0.254
ip netns exec sw bridge link set dev swp0 hairpin on
ip netns exec ns1 ping -c 1 -W 1 10.1.0.12
ip netns exec ns1 ip link set mv1 type macvlan mode vepa
ip netns exec ns2 ip link set mv2 type macvlan mode vepa
ip netns exec ns1 ip -d link show mv1
ip netns exec ns1 ip neigh flush all
ip netns exec ns2 ip neigh flush all
ip netns exec ns1 ping -c 1 -W 1 10.1.0.12
ip netns exec sw bridge link set dev swp0 hairpin off
ip netns exec ns1 ping -c 1 -W 1 10.1.0.12
ip netns exec ns1 ip link set mv1 type macvlan mode bridge
ip netns exec ns2 ip link set mv2 type macvlan mode bridge
ip netns exec ns1 ping -c 1 -W 1 10.1.0.12
ip netns exec ns2 ip link set mv2 type macvlan mode private
ip netns exec ns1 ping -c 1 -W 1 10.1.0.12
ip netns exec ns2 ip -d link show mv2
ip netns exec ns1 ping -c 1 -W 1 10.1.0.254
