# 286-veth-peer-names-netns: a veth's "@peer" and link-netns as the peer moves around
# Pins down: peer created straight in another namespace, moved to a third, renamed there,
# moved back into the same namespace (then "@name" and M-DOWN), the peer namespace deleted
# (the pair goes with it), link-netns NAME vs link-netnsid N when the namespace has an id but
# no name here, ip -j link (link_index, link_netnsid), -d; iplink_parse quirks: "vf" is a
# keyword even as a device name (Invalid "vf" value), a duplicate netns, an unknown netns,
# a vf request on a veth.
ip netns add a
ip netns add b
ip link add va type veth peer name vb netns a
ip link show va
ip -n a link show vb
ip -d link show va
ip -j link show va
ip -j -p -n a link show vb
ip link set va netns b
ip -n b link show va
ip -n a link show vb
ip netns set b 9
ip -n a link show vb
ip -n b link set va name vz
ip -n b link show vz
ip -n b link set vz netns a
ip -n a link show
ip -j -n a link show vz
ip link add vc type veth peer name vd
ip link set vd netns b
ip link show vc
ip netns del b
ip link show vc
ip link add ve type veth peer name vf netns a
ip -n a link set vf netns b
ip -n a link set dev vf netns b
ip link set vf mtu 1400
ip -n a link set dev vf netns nosuch
ip link set dev ve netns a netns a
ip link set dev ve vf 0
ip link set dev ve vf 0 mac 02:00:00:00:00:01
ip netns list-id
ip -n a netns list-id
ip link show ve
ip -n a link show
ip link add lo2 type veth peer name lo
