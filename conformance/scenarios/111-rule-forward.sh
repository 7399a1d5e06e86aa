# 111-rule-forward: policy rules on a router for packets it forwards
# Pins down: source-based routing (from ns1's subnet via table 10 to one uplink, everything
# else via main to the other), iif rules, and what the sender sees for each rule action on
# the router: prohibit -> ICMP "Packet filtered", unreachable -> "Destination Net
# Unreachable", blackhole -> silent loss; ip route get ... iif on the router for each case,
# with forwarding off every failed input lookup is "No route to host".
ip netns add h1
ip netns add r
ip netns add up1
ip netns add up2
ip link add v1 netns h1 type veth peer name r1 netns r
ip link add v2 netns up1 type veth peer name r2 netns r
ip link add v3 netns up2 type veth peer name r3 netns r
ip -n h1 link set v1 up
ip -n r link set r1 up
ip -n r link set r2 up
ip -n r link set r3 up
ip -n up1 link set v2 up
ip -n up2 link set v3 up
ip -n h1 addr add 10.1.0.2/24 dev v1
ip -n h1 addr add 10.1.0.3/24 dev v1
ip -n r addr add 10.1.0.1/24 dev r1
ip -n r addr add 10.2.0.1/24 dev r2
ip -n r addr add 10.3.0.1/24 dev r3
ip -n up1 addr add 10.2.0.2/24 dev v2
ip -n up2 addr add 10.3.0.2/24 dev v3
ip -n up1 addr add 10.99.0.1/32 dev lo
ip -n up2 addr add 10.99.0.1/32 dev lo
ip -n h1 route add default via 10.1.0.1
ip -n up1 route add default via 10.2.0.1
ip -n up2 route add default via 10.3.0.1
ip -n r route add 10.99.0.1 via 10.2.0.2
ip -n r route add 10.99.0.1 via 10.3.0.2 table 10
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec h1 ping -c 1 -W 1 10.99.0.1
ip netns exec h1 ping -c 1 -W 1 -I 10.1.0.3 10.99.0.1
ip -n r rule add from 10.1.0.3 table 10
ip -n r route get 10.99.0.1 from 10.1.0.3 iif r1
ip -n r route get 10.99.0.1 from 10.1.0.2 iif r1
ip netns exec h1 ping -c 1 -W 1 -I 10.1.0.3 10.99.0.1
ip -n r rule add iif r1 to 10.99.0.1 prohibit pref 10
ip -n r route get 10.99.0.1 from 10.1.0.2 iif r1
ip netns exec h1 ping -c 1 -W 1 10.99.0.1
ip -n r rule del pref 10
ip -n r rule add iif r1 to 10.99.0.1 unreachable pref 10
ip -n r route get 10.99.0.1 from 10.1.0.2 iif r1
ip netns exec h1 ping -c 1 -W 1 10.99.0.1
ip -n r rule del pref 10
ip -n r rule add iif r1 to 10.99.0.1 blackhole pref 10
ip -n r route get 10.99.0.1 from 10.1.0.2 iif r1
ip netns exec h1 ping -c 1 -W 1 10.99.0.1
ip -n r route get 10.1.0.1 from 10.1.0.2 iif r1
ip netns exec h1 ping -c 1 -W 1 10.1.0.1
ip -n r rule del pref 10
ip netns exec r sysctl -w net.ipv4.ip_forward=0
ip -n r rule add iif r1 to 10.99.0.1 prohibit pref 10
ip -n r route get 10.99.0.1 from 10.1.0.2 iif r1
ip -n r rule
ip netns del h1
ip netns del r
ip netns del up1
ip netns del up2
