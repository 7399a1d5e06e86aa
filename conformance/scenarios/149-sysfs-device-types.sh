# 149-sysfs-device-types: sysfs attributes of bridge, tap, tun and lo in more states
# Pins down: speed/duplex of an UP bridge and an UP tap without a reader (EINVAL or the
# values their ethtool ops report), carrier/operstate/dormant of UP devices without carrier,
# mtu writes on a bridge, tun and lo (their limits), tx_queue_len of tun/tap, ifalias via
# ip link, flags after promisc on a bridge port, cat of a directory ("Is a directory"),
# netdev_group after ip link set group, addr_assign_type after a MAC change on a bridge.
ip link add br0 type bridge
ip tuntap add dev tap0 mode tap
ip tuntap add dev tun0 mode tun
ip link set br0 up
ip link set tap0 up
ip link set tun0 up
# settle: carrier/operstate changes of bridges and tun/tap go through the link watcher,
# which runs at most once per second for them; give it 1.2 s
ping -q -c 2 -i 1.2 127.0.0.1
cat /sys/class/net/br0/operstate
cat /sys/class/net/br0/carrier
cat /sys/class/net/br0/speed
cat /sys/class/net/br0/duplex
cat /sys/class/net/br0/dormant
cat /sys/class/net/tap0/operstate
cat /sys/class/net/tap0/carrier
cat /sys/class/net/tap0/speed
cat /sys/class/net/tap0/duplex
cat /sys/class/net/tun0/carrier
cat /sys/class/net/tun0/flags
cat /sys/class/net/tap0/flags
cat /sys/class/net/br0/flags
echo 67 > /sys/class/net/br0/mtu
echo 9000 > /sys/class/net/br0/mtu
cat /sys/class/net/br0/mtu
echo 65536 > /sys/class/net/tun0/mtu
echo 65535 > /sys/class/net/tun0/mtu
cat /sys/class/net/tun0/mtu
echo 100 > /sys/class/net/tap0/tx_queue_len
cat /sys/class/net/tap0/tx_queue_len
ip link set tap0 master br0
cat /sys/class/net/tap0/flags
ip link set br0 address 02:00:00:00:00:99
cat /sys/class/net/br0/addr_assign_type
ip link set br0 group 3 alias "the bridge"
cat /sys/class/net/br0/netdev_group
cat /sys/class/net/br0/ifalias
cat /sys/class/net/br0
cat /sys/class/net/br0/statistics
echo 1 > /sys/class/net/br0/statistics
