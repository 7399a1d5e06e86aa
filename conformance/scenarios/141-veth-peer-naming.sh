# 141-veth-peer-naming: how ip link names the other end of a veth
# Pins down: name@peer when both ends share a namespace, name@ifN (the peer's ifindex in
# ITS namespace) with link-netns NAME or link-netnsid N when the peer is elsewhere (a
# named namespace, or an nsid without a name: a peer in the caller's root namespace seen
# from inside), the nsids allocated lazily when a peer is first reported, the nsid seen
# from each side, after moving one end, both ends, moving back, renaming either end and
# renaming on the far side, -br and -j forms (link vs link_index + link_netnsid), sysfs
# iflink, peers created directly in another namespace (peer netns), ip -n; deleting the
# namespace of one end deletes the pair.
ip netns add ns1
ip netns add ns2
ip link add veth0 type veth peer name veth1
ip link show veth0
ip link set veth1 netns ns1
ip link show veth0
ip -br link show veth0
ip -j link show veth0
ip netns exec ns1 ip link show veth1
ip netns exec ns1 ip -j link show veth1
cat /sys/class/net/veth0/iflink
ip netns exec ns1 ip link set veth1 name far1
ip link show veth0
ip link set veth0 name near0
ip netns exec ns1 ip link show far1
ip link set near0 netns ns2
ip netns exec ns2 ip link show near0
ip netns exec ns1 ip link show far1
ip netns list
ip netns exec ns2 ip link set near0 netns ns1
ip netns exec ns1 ip link show
ip -n ns1 link set far1 name back1
ip -n ns1 link set back1 netns ns2
ip -n ns2 link show back1
ip -n ns1 link show near0
ip link add veth2 type veth peer name veth3 netns ns2
ip link show veth2
ip -n ns2 link show veth3
ip link add veth4 netns ns1 type veth peer name veth5 netns ns2
ip -n ns1 link show veth4
ip -n ns2 link show veth5
ip link add veth6 netns ns1 type veth peer name veth7
ip link show veth7
ip -n ns1 -br link show
ip -n ns2 -br link show
ip netns list-id
ip -n ns1 netns list-id
ip netns del ns2
# settle: ip netns del destroys the namespace (and the veth pairs in it) in a background
# worker; give it 1.2 s
ping -q -c 2 -i 1.2 127.0.0.1
ip -n ns1 link show veth4
ip link show veth2
