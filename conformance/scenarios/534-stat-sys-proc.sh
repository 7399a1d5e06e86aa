# 534-stat-sys-proc: GNU stat over sysfs and procfs entries (names, sizes, modes, types, links, symlink targets)
# Pins down: sysfs attributes are 4096-byte regular files, procfs files 0-byte ("regular empty file"), class/net links, -L, %N quoting
stat -c '%n|%s|%a|%A|%F|%U|%G|%f|%b|%o' /sys/class/net/lo/mtu /sys/class/net/lo/address /sys/class/net/lo/carrier
stat -c '%n|%s|%a|%A|%F|%N' /sys/class/net/lo
stat -L -c '%n|%a|%A|%F' /sys/class/net/lo
stat -c '%n|%a|%A|%F' /sys/class/net /sys/devices/virtual/net/lo
stat -c '%n|%s|%a|%A|%F|%b' /proc/sys/net/ipv4/ip_forward /proc/sys/net/ipv4/conf/lo/forwarding /proc/net/dev
stat -c '%n|%a|%F' /proc/sys/net/ipv4 /proc/sys/net
ip link add v0 type veth peer name v1
stat -c '%N' /sys/class/net/v0 /sys/class/net/v1
stat -c '%n %s %A' /sys/class/net/v0/mtu /sys/class/net/v0/operstate
stat /sys/class/net/lo/mtu | grep -e File -e Size -e 'Access: ('
stat /proc/sys/net/ipv4/ip_forward | grep -e File -e Size -e 'Access: ('
stat /sys/class/net/nosuch
stat -t /proc/sys/net/ipv4/ip_forward | cut -d' ' -f1-6
