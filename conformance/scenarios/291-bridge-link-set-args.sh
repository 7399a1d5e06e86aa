# 291-bridge-link-set-args: bridge link set / show argument handling and kernel checks
# Pins down: cost is atoi'd into a u32 and not sent when 0 ("cost 0", "cost abc" change
# nothing; "cost -1" is 4294967295: ERANGE), priority into an s16 and not sent when negative,
# state as a number or a state name (lower case only, "Error: invalid STP port state"), on/off flags
# ("must be one of "off", "on"", exit 234), a word without "dev" (usage, exit 255), an unknown
# device for set ("Cannot find bridge device") and show, a device that is no port
# (EOPNOTSUPP), the kernel's ranges (cost 1..65535, priority 0..63: ERANGE), state with STP off
# (ENETDOWN while the port is down, then a set state that holds, 5 is EINVAL), the same limits
# through sysfs path_cost and brctl setpathcost; bridge(8) exits 255 on every failure.
ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link set v0 master br0
bridge link set dev nosuch cost 5
bridge link show dev nosuch
bridge link set dev v1 cost 5
bridge link set dev v0 cost 0
bridge link set dev v0 cost abc
bridge link show
bridge link set dev v0 cost 65536
bridge link set dev v0 cost -1
bridge link set dev v0 cost 70
bridge link set dev v0 priority -1
bridge link set dev v0 priority 64
bridge link set dev v0 priority 7
bridge link show
bridge link set dev v0 state bogus
bridge link set dev v0 hairpin maybe
bridge link set dev v0 learning yes
bridge link set v0 cost 5
bridge link set dev v0
bridge link set dev v0 state 3
ip link set v0 up
ip link set v1 up
bridge link set dev v0 state 3
ip link set br0 up
bridge link set dev v0 state Blocking
bridge link
bridge link set dev v0 state 1
bridge link
bridge link set dev v0 state 5
bridge link set dev v0 state 0
bridge link
bridge link set dev v0 flood off learning off cost 30
bridge -d link show
echo 0 > /sys/class/net/v0/brport/path_cost
echo 70000 > /sys/class/net/v0/brport/path_cost
cat /sys/class/net/v0/brport/path_cost
brctl setpathcost br0 v0 0
brctl setpathcost br0 v0 70000
brctl setpathcost br0 v0 12
bridge link show
