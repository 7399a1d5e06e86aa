# 560-bridge-loop-storm: two bridges joined by two veth links with STP off, a host on each; a ping floods the loop
# Pins down: a broadcast (the ARP request) circulates for ever without STP; time still passes, so ping ends with its
#   statistics (100% loss, exit 1) while the storm runs; the counters of every loop port and of the host ports grow
#   by tens of thousands in seconds; cutting one link stops the loop and the counters freeze.
ip link add sb1 type bridge
ip link add sb2 type bridge
ip link add la1 type veth peer name lb1
ip link add la2 type veth peer name lb2
ip link set la1 master sb1
ip link set la2 master sb1
ip link set lb1 master sb2
ip link set lb2 master sb2
ip netns add sh1
ip netns add sh2
ip link add hx1 type veth peer name eth0 netns sh1
ip link add hx2 type veth peer name eth0 netns sh2
ip link set hx1 master sb1
ip link set hx2 master sb2
ip -n sh1 addr add 10.77.0.1/24 dev eth0
ip -n sh2 addr add 10.77.0.2/24 dev eth0
ip -n sh1 link set eth0 up
ip -n sh2 link set eth0 up
for d in sb1 sb2 la1 lb1 la2 lb2 hx1 hx2; do ip link set $d up; done
ip netns exec sh1 ping -c 3 -W 1 10.77.0.2
for d in la1 lb1 la2 lb2; do ip -s -j link show $d | jq -r '.[0] | "\(.ifname) rx \(if .stats64.rx.packets > 10000 then "storm" else .stats64.rx.packets end) tx \(if .stats64.tx.packets > 10000 then "storm" else .stats64.tx.packets end)"'; done
ip -s -j link show hx2 | jq -r '.[0] | "hx2 tx \(if .stats64.tx.packets > 10000 then "storm" else .stats64.tx.packets end)"'
cat /sys/class/net/sb1/bridge/stp_state
ip link set la2 down
sleep 1
a=$(cat /sys/class/net/lb1/statistics/rx_packets); sleep 1; b=$(cat /sys/class/net/lb1/statistics/rx_packets); if [ $((b - a)) -lt 100 ]; then echo "lb1 after the cut: quiet"; else echo "lb1 after the cut: +$((b - a))"; fi
ip -br link show lb2
bridge link show
