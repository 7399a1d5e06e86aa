# 118-rule-icmp-flows: which flows of a ping the rules see, on both ends
# Pins down: ping's connect() probe is a UDP flow (an "ipproto icmp" rule does not move it,
# main must still have a route or ping fails with connect: Network is unreachable), its
# echo requests are an ICMP flow (type 8 in the destination-port slot: "dport 2048"
# selects them) and follow the rule's table; the answering host's echo replies are an ICMP
# flow too, so a rule there can send them to an unreachable route (the ping times out);
# ip route get with ipproto icmp / dport 2048 agrees.
ip netns add a
ip netns add b
ip link add a0 type veth peer name a1 netns a
ip link add b0 type veth peer name b1 netns b
ip link set a0 up
ip link set b0 up
ip -n a link set a1 up
ip -n b link set b1 up
ip addr add 10.1.0.1/24 dev a0
ip addr add 10.2.0.1/24 dev b0
ip -n a addr add 10.1.0.2/24 dev a1
ip -n b addr add 10.2.0.2/24 dev b1
ip -n b addr add 10.99.0.1/32 dev lo
ip -n a route add default via 10.1.0.1
ip -n b route add default via 10.2.0.1
ip route add default via 10.2.0.2 table 10
ping -c 1 -W 1 10.99.0.1
ip rule add pref 100 ipproto icmp table 10
ip route get 10.99.0.1
ip route get 10.99.0.1 ipproto icmp
ping -c 1 -W 1 10.99.0.1
ip route add default via 10.1.0.2
ip route get 10.99.0.1
ping -c 1 -W 1 10.99.0.1
ip rule del pref 100
ping -c 1 -W 1 10.99.0.1
ip rule add pref 100 dport 2048 table 10
ip route get 10.99.0.1 dport 2048
ping -c 1 -W 1 10.99.0.1
ip -n b route add unreachable default table 20
ip -n b rule add pref 50 ipproto icmp table 20
ping -c 1 -W 1 10.99.0.1
ip -n b route get 10.1.0.1 ipproto icmp
ip -n b route get 10.1.0.1
ip -n b rule del pref 50
ping -c 1 -W 1 10.99.0.1
ip netns del a
ip netns del b
