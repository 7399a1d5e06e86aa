# 491-sh-sysfs-brif-links: a bridge's brif/PORT entries as sysfs symlinks to the port's brport
# Pins down: ls -l of brif shows PORT -> ../../PORT/brport, files read through the link, a non-port
# name is missing, brport/bridge through it, the entry gone after nomaster.
ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link set v0 master br0
ls -l /sys/class/net/br0/brif | awk '{print $1, $9, $10, $11}'
readlink /sys/class/net/br0/brif/v0
cat /sys/class/net/br0/brif/v0/path_cost /sys/class/net/br0/brif/v0/state
ls /sys/class/net/br0/brif/v0/ | head -3
ls /sys/class/net/br0/brif/v1
cat /sys/class/net/br0/brif/v0/bridge/stp_state
ip link set v0 nomaster; ls /sys/class/net/br0/brif | wc -l
