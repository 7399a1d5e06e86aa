# 561-bridge-loop-stp: the same loop of two bridges with kernel STP on (short timers): STP blocks one port
# Pins down: root election by bridge id (priority + MAC), the root port by path cost then port id, the other loop
#   port on the non-root bridge blocking, listening/learning/forwarding after forward_delay twice, no storm (counters
#   stay small), ping across works; cutting the root port's link makes the blocked port the new root port, which
#   forwards again after 2 x forward_delay; the sysfs root_id/root_port/root_path_cost/designated_root files.
ip link add sb1 address 02:00:00:00:0a:00 type bridge stp_state 1 forward_delay 200 hello_time 100
ip link add sb2 address 02:00:00:00:0b:00 type bridge stp_state 1 forward_delay 200 hello_time 100
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
ip -n sh1 addr add 10.78.0.1/24 dev eth0
ip -n sh2 addr add 10.78.0.2/24 dev eth0
ip -n sh1 link set eth0 up
ip -n sh2 link set eth0 up
for d in sb1 sb2 la1 lb1 la2 lb2 hx1 hx2; do ip link set $d up; done
sleep 5
bridge link show
for b in sb1 sb2; do echo "$b root_id $(cat /sys/class/net/$b/bridge/root_id) root_port $(cat /sys/class/net/$b/bridge/root_port) cost $(cat /sys/class/net/$b/bridge/root_path_cost) stp $(cat /sys/class/net/$b/bridge/stp_state)"; done
for p in la1 la2 lb1 lb2; do echo "$p port_id $(cat /sys/class/net/$p/brport/port_id) state $(cat /sys/class/net/$p/brport/state) designated_root $(cat /sys/class/net/$p/brport/designated_root) designated_bridge $(cat /sys/class/net/$p/brport/designated_bridge) designated_port $(cat /sys/class/net/$p/brport/designated_port) designated_cost $(cat /sys/class/net/$p/brport/designated_cost)"; done
ip netns exec sh1 ping -c 2 -W 1 10.78.0.2 | grep -c "bytes from"
for d in la1 lb1 la2 lb2; do ip -s -j link show $d | jq -r '.[0] | "\(.ifname) \(if .stats64.rx.packets > 1000 then "storm" else "calm" end)"'; done
ip link set la1 down
bridge link show dev lb2
sleep 5
bridge link show
cat /sys/class/net/sb2/bridge/root_port
ip netns exec sh1 ping -c 2 -W 1 10.78.0.2 | grep -c "bytes from"
ip link set la1 up
sleep 5
bridge link show
