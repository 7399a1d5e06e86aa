# 299-bridge-stp-port-priority: brctl on STP bridges, port priority and path cost deciding links
# Pins down: brctl stp/setfd/setbridgeprio/addif building two STP bridges joined by two links;
# the non-root bridge's root port is the one whose designated port on the root has the lower
# port id, the other blocks; a better (lower) port priority on the root's other port moves the
# root port there once the BPDUs carry it (the old root port blocks); designated_port and
# root_port in sysfs; brctl setpathcost/setportprio on the non-root bridge and their errors
# (unknown port or bridge, cost 0, priority out of range).
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
brctl addbr br0
brctl addbr br1
brctl stp br0 on
brctl stp br1 on
brctl setfd br0 2
brctl setfd br1 2
brctl setbridgeprio br0 4096
ip link add a0 type veth peer name b0
ip link add a1 type veth peer name b1
ip link set a0 address 02:00:00:00:00:a0
ip link set a1 address 02:00:00:00:00:a1
ip link set b0 address 02:00:00:00:00:b0
ip link set b1 address 02:00:00:00:00:b1
brctl addif br0 a0
brctl addif br0 a1
brctl addif br1 b0
brctl addif br1 b1
ip link set a0 up
ip link set a1 up
ip link set b0 up
ip link set b1 up
ip link set br0 up
ip link set br1 up
sleep 5.5
bridge link
brctl show
brctl setportprio br0 a1 10
sleep 26
bridge link
cat /sys/class/net/b1/brport/designated_port /sys/class/net/b0/brport/designated_port /sys/class/net/br1/bridge/root_port
brctl setpathcost br1 b1 200
brctl setportprio br1 b0 70
brctl setportprio br1 nosuch 5
brctl setportprio nosuch b0 5
brctl setpathcost br1 b0 0
sleep 6
bridge link
ip -d link show br1
