# 493-sh-sysfs-threaded-uevent: the writable device attributes threaded and uevent
# Pins down: what reading them gives on lo and a veth, writes of 0/1/garbage to threaded (a device
# without NAPI), uevent writes of an action, a bad action, and their modes in ls -l.
ip link add v0 type veth peer name v1
cat /sys/class/net/lo/threaded /sys/class/net/v0/threaded
cat /sys/class/net/lo/uevent
cat /sys/class/net/v0/uevent
echo 1 > /sys/class/net/lo/threaded; echo $?
echo 0 > /sys/class/net/lo/threaded; echo $?
echo 1 > /sys/class/net/v0/threaded; echo $?; cat /sys/class/net/v0/threaded
echo x > /sys/class/net/v0/threaded; echo $?
echo change > /sys/class/net/v0/uevent; echo $?
echo bogus > /sys/class/net/v0/uevent; echo $?
ls -l /sys/class/net/v0/ | awk '$NF == "threaded" || $NF == "uevent" {print $1, $NF}'
