# 290-bridge-stp-enable-change: turning STP on for running bridges, then changing the tree
# Pins down: `brctl stp BR on` on a bridge that is up starts its hello timer (BPDUs flow, the
# peers elect a root: the bridge with the lower id), forwarding ports stay forwarding; a second
# link added later makes a loop that the non-root bridge blocks (listening, then blocking);
# `bridge link set ... state` is refused while kernel STP runs (EBUSY, exit 255); a higher
# path cost on the root port moves the root port to the other link; root_block on the port
# that would become root port keeps it from being one; bpdu guard disables a port that
# receives a BPDU; `brctl stp off` leaves port states as they are.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge forward_delay 200
ip link add br1 type bridge forward_delay 200
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
ip link set b0 up
ip link set br0 up
ip link set br1 up
sleep 1
bridge link
brctl stp br0 on
brctl stp br1 on
bridge link
sleep 3
bridge link
ip link set a1 up
ip link set b1 up
bridge link
sleep 1
bridge link
sleep 4.5
bridge link
ip -d link show br1
bridge link set dev b0 state 3
bridge link set dev b0 state forwarding
bridge link set dev b0 cost 100
sleep 0.5
bridge link
sleep 5
bridge link
cat /sys/class/net/br1/bridge/root_port /sys/class/net/br1/bridge/root_path_cost
bridge link set dev b1 root_block on
sleep 9
bridge link
bridge link set dev b0 guard on
sleep 3
bridge link
brctl stp br1 off
bridge link
ip -d link show br1
