# 609-macvtap: macvtap devices (macvlan with a tap queue) as ip shows them, and traffic with no tap reader
# Pins down: macvtap_newlink (the macvlan checks, "macvtap%d" names, txqueuelen 500 and a pfifo_fast qdisc),
# the shared macvlan options and print (info_kind macvtap), ethtool -i (driver macvlan), a macvtap whose tap
# nobody opened passing frames to its own stack, so two namespaces reach each other over macvtaps.
ip link add veth0 type veth peer name veth1
ip link add mt0 link veth0 type macvtap
ip link add mt1 link veth0 type macvtap mode bridge
ip link add mt2 link veth0 type macvtap mode foo
ip link add mt3 type macvtap
ip link add link veth0 type macvtap
ip -d link show mt0
ip -d link show mt1
ip -j -d link show mt1
ip link show
ethtool -i mt0 | head -2
ip link set veth0 up
ip link set veth1 up
ip link set mt0 up
ip link add macvtap7 link veth0 type macvlan
ip link del mt0
ip link show type macvtap
ip netns add n1
ip netns add n2
ip link add mtA link veth0 type macvtap mode bridge
ip link add mtB link veth0 type macvtap mode bridge
ip link set mtA netns n1
ip link set mtB netns n2
ip netns exec n1 ip addr add 10.3.0.11/24 dev mtA
ip netns exec n2 ip addr add 10.3.0.12/24 dev mtB
ip netns exec n1 ip link set mtA up
ip netns exec n2 ip link set mtB up
ip netns exec n1 ping -c 1 -W 1 10.3.0.12
ip netns exec n1 ip -d link show mtA
ip link help macvtap
ip link add mtC link veth0 type macvtap bogus
