# 565-bridge-storm-triple-link: two bridges joined by three veth links, STP off: every flood doubles a broadcast
# Pins down: with three links each frame returns twice, so the storm multiplies until the softirq backlog
#   (netdev_max_backlog) drops frames: drop counters (rx_dropped at the receiving veth, tx_dropped at the sender)
#   become non-zero, the ping still ends with its statistics; taking the links down one by one ends the storm.
ip link add xb1 type bridge
ip link add xb2 type bridge
for i in 1 2 3; do ip link add xa$i type veth peer name xc$i; ip link set xa$i master xb1; ip link set xc$i master xb2; done
ip netns add xh1
ip link add xh type veth peer name eth0 netns xh1
ip link set xh master xb1
ip -n xh1 addr add 10.78.9.1/24 dev eth0
ip -n xh1 link set eth0 up
for d in xb1 xb2 xa1 xa2 xa3 xc1 xc2 xc3 xh; do ip link set $d up; done
ip netns exec xh1 ping -c 2 -W 1 10.78.9.2
d=0; for i in 1 2 3; do for s in rx tx; do d=$((d + $(cat /sys/class/net/xc$i/statistics/${s}_dropped) + $(cat /sys/class/net/xa$i/statistics/${s}_dropped))); done; done; [ $d -gt 0 ] && echo "backlog drops seen" || echo "no drops: $d"
p=$(cat /sys/class/net/xc1/statistics/rx_packets); [ $p -gt 10000 ] && echo "storm" || echo "calm: $p"
for i in 1 2 3; do ip link set xa$i down; done
sleep 1
a=$(cat /sys/class/net/xh/statistics/tx_packets); sleep 1; b=$(cat /sys/class/net/xh/statistics/tx_packets); [ $((b - a)) -lt 100 ] && echo "quiet after the cut" || echo "still: $((b - a))"
