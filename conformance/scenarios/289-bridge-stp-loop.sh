# 289-bridge-stp-loop: two STP bridges joined by two veth pairs elect a root and block the loop
# Pins down: configuration BPDUs sent out of designated ports on the hello timer and received
# over the peer (root selection by bridge id, root port by path cost, designated ports, the
# non-root bridge's second port blocking); the root's times and topology change flag taken from
# its BPDUs (ageing_time 2 x forward_delay while the topology change lasts, root_port,
# root_path_cost; `ip -d link` names the bridge's own id as designated_root); a topology change
# when ports start forwarding; a higher priority on the root only takes effect when the other
# bridge's information ages out (max_age), then that bridge becomes root; a root port going
# away unblocks the other port (listening, learning, forwarding);
# sysfs root_id/root_port/designated_* and port state.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge stp_state 1 forward_delay 200
ip link add br1 type bridge stp_state 1 forward_delay 200
ip link add a0 type veth peer name b0
ip link add a1 type veth peer name b1
ip link set a0 address 02:00:00:00:00:a0
ip link set a1 address 02:00:00:00:00:a1
ip link set b0 address 02:00:00:00:00:b0
ip link set b1 address 02:00:00:00:00:b1
ip link set a0 master br0
ip link set a1 master br0
ip link set b0 master br1
ip link set b1 master br1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip link set br0 up
ip link set br1 up
bridge link
sleep 3
bridge link
sleep 2.5
bridge link
ip -d link show br1
ip -d link show b1
cat /sys/class/net/br1/bridge/root_id /sys/class/net/br1/bridge/root_port /sys/class/net/br1/bridge/root_path_cost
cat /sys/class/net/b1/brport/designated_root /sys/class/net/b1/brport/designated_bridge /sys/class/net/b1/brport/designated_port /sys/class/net/b1/brport/state
sleep 25
bridge link
ip -d link show br0
ip link set br0 type bridge priority 40000
sleep 1
bridge link
sleep 5
bridge link
ip link set a0 down
sleep 1
bridge link
sleep 16
bridge link
ip -d link show br0
cat /sys/class/net/br0/bridge/root_id /sys/class/net/br0/bridge/root_port /sys/class/net/br0/bridge/topology_change
