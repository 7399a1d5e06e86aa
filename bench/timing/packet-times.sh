# bench/timing/packet-times.sh: the packet paths of bench/COSTS.md, timed by ping (the same lines on the kernel
# and in linnet; bench/run timing reads the summaries). Each '# case:' line names the ping line after it.
ip netns add ta
ip netns add tb
ip link add va netns ta type veth peer name vb netns tb
ip -n ta addr add 10.91.0.1/24 dev va
ip -n tb addr add 10.91.0.2/24 dev vb
ip -n ta link set va up
ip -n tb link set vb up
ip netns add tc1
ip netns add tc2
ip netns add tbr
ip -n tbr link add br0 type bridge
ip link add c1 netns tc1 type veth peer name p1 netns tbr
ip link add c2 netns tc2 type veth peer name p2 netns tbr
ip -n tbr link set p1 master br0
ip -n tbr link set p2 master br0
ip -n tc1 addr add 10.92.0.1/24 dev c1
ip -n tc2 addr add 10.92.0.2/24 dev c2
for d in br0 p1 p2; do ip -n tbr link set $d up; done
ip -n tc1 link set c1 up
ip -n tc2 link set c2 up
ip netns add tcl
ip netns add trt
ip netns add tsv
ip link add l1 netns tcl type veth peer name r1 netns trt
ip link add r2 netns trt type veth peer name s1 netns tsv
ip -n tcl addr add 192.168.50.2/24 dev l1
ip -n trt addr add 192.168.50.1/24 dev r1
ip -n trt addr add 203.0.113.1/24 dev r2
ip -n tsv addr add 203.0.113.2/24 dev s1
for p in "tcl l1" "trt r1" "trt r2" "tsv s1"; do set -- $p; ip -n $1 link set $2 up; done
ip -n tcl route add default via 192.168.50.1
ip netns exec trt sysctl -qw net.ipv4.ip_forward=1
ip netns exec trt iptables -t nat -A POSTROUTING -o r2 -j MASQUERADE
ip netns exec ta ping -c 3 -q 10.91.0.2 > /dev/null
ip netns exec tc1 ping -c 3 -q 10.92.0.2 > /dev/null
ip netns exec tcl ping -c 3 -q 203.0.113.2 > /dev/null
# case: veth, plain ping (-i 0.2)
ip netns exec ta ping -c 50 -i 0.2 -q 10.91.0.2
# case: veth, ping -f
ip netns exec ta ping -f -c 10000 -q 10.91.0.2
# case: veth, ping -f with its dots
ip netns exec ta ping -f -c 10000 10.91.0.2
# case: veth, ping -i 0 (100,000 requests)
ip netns exec ta ping -c 100000 -i 0 -q 10.91.0.2
# case: bridge, ping -f
ip netns exec tc1 ping -f -c 10000 -q 10.92.0.2
# case: NAT router (conntrack, MASQUERADE), ping -f
ip netns exec tcl ping -f -c 10000 -q 203.0.113.2
