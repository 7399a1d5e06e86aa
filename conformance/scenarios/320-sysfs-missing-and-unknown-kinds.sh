# 320-sysfs-missing-and-unknown-kinds: names that are not there
# Pins down: ls of a name a device directory lacks (brif/brport on a non-bridge, any other) fails
# with ls's "cannot access" and exit 2 while a file lists as itself; cat of them fails; a link of
# an unknown kind whose name exists is "File exists" (the name is looked up before the kind),
# with a new name "Unknown device type"; an existing name with a known kind is EEXIST too, tun
# refuses rtnetlink first.
ip link add veth0 type veth peer name v0
ls /sys/class/net/v0/brif
ls /sys/class/net/v0/nosuch
cat /sys/class/net/v0/brif
cat /sys/class/net/v0/bridge/stp_state
ls /sys/class/net/v0/brport
ls /sys/class/net/lo/brif
ls /sys/class/net/nosuch0
ls /sys/class/net/v0/mtu
ls /sys/class/net/v0/statistics/rx_bytes
ls /sys/class/net/v0/statistics/nosuch
ip link add v0 type nosuchkind
ip link add vz type nosuchkind
ip link add v0 type bridge
ip link add v0 type tun
ip link add lo type dummy
