# 293-bridge-stp-tcn-chain: three STP bridges in a chain, topology changes travelling to the root
# Pins down: a bridge priority set at creation makes that bridge root; the others take its
# times and path cost (root_port, root_path_cost 2 and 4); the topology change while the
# ports start forwarding is set on the root and echoed in its BPDUs (topology_change on every
# bridge, topology_change_detected only where it was seen, ageing_time twice forward_delay),
# ending after forward_delay + max_age; a port coming up far from the root later is a new
# change: the non-root bridges send topology change notifications up the root ports, the root
# acknowledges and flags the change again.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge stp_state 1 forward_delay 200 priority 4096
ip link add br1 type bridge stp_state 1 forward_delay 200
ip link add br2 type bridge stp_state 1 forward_delay 200
ip link add a0 type veth peer name b0
ip link add b1 type veth peer name c0
ip link add x0 type veth peer name x1
ip link set a0 address 02:00:00:00:00:a0
ip link set b0 address 02:00:00:00:00:b0
ip link set b1 address 02:00:00:00:00:b1
ip link set c0 address 02:00:00:00:00:c0
ip link set x0 address 02:00:00:00:00:c1
ip link set a0 master br0
ip link set b0 master br1
ip link set b1 master br1
ip link set c0 master br2
ip link set x0 master br2
ip link set a0 up
ip link set b0 up
ip link set b1 up
ip link set c0 up
ip link set x0 up
ip link set br0 up
ip link set br1 up
ip link set br2 up
sleep 6
bridge link
ip -d link show br2
ip -d link show br1
ip -d link show br0
sleep 25
ip -d link show br0
ip -d link show br2
ip link set x1 up
sleep 0.5
ip -d link show br2
ip -d link show br1
ip -d link show br0
sleep 5
bridge link
ip -d link show br0
ip -d link show c0
