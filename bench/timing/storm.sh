# bench/timing/storm.sh: a bridge loop without STP and one ping (bench/run timing times the ping line).
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
# case: bridge loop without STP, ping -c 3 during the storm
ip netns exec sh1 ping -c 3 -W 1 10.77.0.2
ip -s -j link show lb1 | jq '.[0].stats64.rx.packets'
