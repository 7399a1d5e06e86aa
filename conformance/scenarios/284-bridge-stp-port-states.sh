# 284-bridge-stp-port-states: port states and the bridge's carrier over virtual time
# Pins down: with STP on a port walks listening -> learning -> forwarding on forward_delay
# timers (`bridge link`, `ip -d link` state, sysfs brport/state, brctl showstp), the bridge
# has carrier (LOWER_UP, state UP) only from the first forwarding port on and loses it when the
# last one leaves, goes down or loses its peer; a new bridge that is up with no port is
# UNKNOWN, one whose ports all went away is DOWN/NO-CARRIER; turning STP off leaves listening
# ports walking on (no restart), turning it on leaves forwarding ports forwarding, a port
# enabled afterwards starts at listening; a bridge going down disables every port; ports
# added before or after the bridge is up; a shorter forward_delay for later transitions.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge stp_state 1 forward_delay 400
ip link add v0 type veth peer name v1
ip link add v2 type veth peer name v3
ip link set v0 address 02:00:00:00:00:10
ip link set v2 address 02:00:00:00:00:20
ip link set br0 up
ip link show br0
ip link set v1 up
ip link set v3 up
ip link set v0 up
ip link set v0 master br0
bridge link
ip link show br0
sleep 2
ip link set v2 master br0
ip link set v2 up
bridge link
ip link show br0
cat /sys/class/net/v0/brport/state /sys/class/net/v2/brport/state
sleep 2.5
bridge link
ip link show br0
sleep 2
bridge link
ip -d link show v0
ip link show br0
ip link set br0 type bridge stp_state 0
sleep 2
bridge link
ip link set v0 nomaster
ip link set v2 nomaster
ip link show br0
bridge link
ip link set br0 type bridge stp_state 1 forward_delay 200
ip link set v0 master br0
bridge link
ip link set v1 down
bridge link
ip link show br0
ip link set v1 up
sleep 0.5
bridge link
sleep 4.5
bridge link
ip link show br0
ip link set br0 down
bridge link
ip link show br0
ip link set br0 up
bridge link
cat /sys/class/net/v0/brport/state
