
# 502-notes-sysfs-class-net: seed 000 "在文件系统中查看网络设备" (devices in sysfs)
# Pins down: /sys/class/net lists one symlink per device of the namespace, each pointing to
# ../../devices/virtual/net/NAME (veth, bridge, tap alike), "total 0", sizes 0.
# Changes: the notes' `ls -lh /sys/class/net/` prints each link's time (the moment the run
# created it), which no recording can pin down, so the listing is shown with
# --time-style=+ (empty time) and as plain `ls`.  Set-up: the notes' devices br0, eth0,
# veth0, veth1 (eth0 is a tap here: any virtual device).
ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ip tuntap add dev eth0 mode tap
ls /sys/class/net/
ls -lh --time-style=+ /sys/class/net/
