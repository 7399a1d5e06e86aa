
# 511-notes-veth-iflink: seed 001 "查看对应关系" (finding a veth's peer), verbatim
# Pins down: cat of a missing sysfs file, the notes' for loop over `ls /sys/class/net/`
# (backquotes), `ip link show eth0 # num` (bash comment), `ip link show | grep num`
# (no match, exit 1). Set-up: none (the notes' eth0 is a container's; the sandbox has
# only lo); then (neighbour, not in the notes) the same lines with an eth0 whose peer is veth0.
cat /sys/class/net/eth0/iflink
for i in `ls /sys/class/net/`; do echo $i; cat /sys/class/net/$i/ifindex ;done
ip link show eth0 # num
ip link show | grep num
ip link add eth0 type veth peer name veth0
cat /sys/class/net/eth0/iflink
for i in `ls /sys/class/net/`; do echo $i; cat /sys/class/net/$i/ifindex ;done
ip link show eth0 # num
ip link show | grep num
cat /sys/class/net/veth0/iflink
