# 119-rule-fwmark-iptables: fwmark rules fed by iptables MARK
# Pins down: a mark set in mangle PREROUTING is seen by the input route lookup of the same
# packet (fwmark-routed forwarding on a router: marked flows leave by the other uplink); a
# mark set in mangle OUTPUT re-routes a locally generated packet (ip_route_me_harder) after
# the first lookup chose main; the MARK rules' counters; unmarked traffic keeps main.
ip netns add h
ip netns add r
ip netns add a
ip netns add b
ip link add h0 netns h type veth peer name r0 netns r
ip link add ra netns r type veth peer name a0 netns a
ip link add rb netns r type veth peer name b0 netns b
ip -n h link set h0 up
ip -n r link set r0 up
ip -n r link set ra up
ip -n r link set rb up
ip -n a link set a0 up
ip -n b link set b0 up
ip -n h addr add 10.0.0.2/24 dev h0
ip -n r addr add 10.0.0.1/24 dev r0
ip -n r addr add 10.1.0.1/24 dev ra
ip -n r addr add 10.2.0.1/24 dev rb
ip -n a addr add 10.1.0.2/24 dev a0
ip -n b addr add 10.2.0.2/24 dev b0
ip -n b addr add 10.99.0.1/32 dev lo
ip -n h route add default via 10.0.0.1
ip -n a route add default via 10.1.0.1
ip -n b route add default via 10.2.0.1
ip -n r route add default via 10.1.0.2
ip -n r route add default via 10.2.0.2 table 7
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip -n r rule add pref 100 fwmark 0x7 table 7
ip netns exec h ping -c 1 -W 1 10.99.0.1
ip netns exec r iptables -t mangle -A PREROUTING -i r0 -p icmp -j MARK --set-mark 7
ip netns exec h ping -c 1 -W 1 10.99.0.1
ip netns exec r ping -c 1 -W 1 10.99.0.1
ip netns exec r iptables -t mangle -A OUTPUT -p icmp -j MARK --set-mark 7
ip netns exec r ping -c 1 -W 1 10.99.0.1
ip netns exec r iptables -t mangle -L -n -v
ip -n r route get 10.99.0.1 mark 7
ip -n r route get 10.99.0.1 from 10.0.0.2 iif r0 mark 7
ip -n r route get 10.99.0.1 from 10.0.0.2 iif r0
ip netns del h
ip netns del r
ip netns del a
ip netns del b
