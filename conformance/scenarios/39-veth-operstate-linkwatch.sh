# 39-veth-operstate-linkwatch: when a veth end's operstate is decided
# Pins down: operstate is computed by the link watcher when an event fires for the device
# (carrier change, open), after the change is complete, looking the lower device (iflink)
# up by index in the device's OWN namespace, and then kept: an UP end whose peer is DOWN is
# LOWERLAYERDOWN and stays so when the down peer moves to another namespace; an end opened
# after its peer left is DOWN (the index is not found here); a peer that was UP and moves
# away takes the carrier with it (DOWN) and comes up in its new namespace as a lone
# LOWERLAYERDOWN end once up; ip -br and sysfs operstate show the same.
ip netns add blue
ip link add v0 type veth peer name p0
ip link set v0 up
# settle:
ping -q -c 2 -i 0.2 127.0.0.1
ip -br link show v0
ip link set p0 netns blue
# settle:
ping -q -c 2 -i 0.2 127.0.0.1
ip link show v0
cat /sys/class/net/v0/operstate
ip link add a2 type veth peer name b2
ip link set b2 netns blue
ip link set a2 up
# settle:
ping -q -c 2 -i 0.2 127.0.0.1
ip -br link show a2
ip link add a1 type veth peer name b1
ip link set b1 up
ip link set b1 down
ip link set a1 up
# settle:
ping -q -c 2 -i 0.2 127.0.0.1
ip -br link show a1 
ip link add v1 type veth peer name p1
ip link set v1 up
ip link set p1 up
# settle:
ping -q -c 2 -i 0.2 127.0.0.1
ip -br link show v1
ip link set p1 netns blue
# settle:
ping -q -c 2 -i 0.2 127.0.0.1
ip -br link show v1
ip -n blue -br link show p1
ip -n blue link set p1 up
# settle:
ping -q -c 2 -i 0.2 127.0.0.1
ip -br link show v1
ip -n blue -br link show p1
