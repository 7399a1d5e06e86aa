# 140-sysfs-net-write: writing /sys/class/net/DEV attributes with echo
# Pins down: the writable attributes (mtu, tx_queue_len, ifalias, flags, group via
# netdev_group, carrier on a veth (not supported), proto_down (not supported on veth),
# gro_flush_timeout, napi_defer_hard_irqs) and what they change in ip link; invalid values
# (EINVAL: "bash: echo: write error: Invalid argument"), out of range MTUs, writing a
# read-only file ("Permission denied" when bash opens it), a missing attribute (bash
# cannot create it in sysfs), a missing device directory.
ip link add veth0 type veth peer name veth1
echo 1400 > /sys/class/net/veth0/mtu
cat /sys/class/net/veth0/mtu
echo 67 > /sys/class/net/veth0/mtu
echo 65536 > /sys/class/net/veth0/mtu
echo abc > /sys/class/net/veth0/mtu
echo -1 > /sys/class/net/veth0/mtu
echo " 1300" > /sys/class/net/veth0/mtu
echo 0x500 > /sys/class/net/veth0/mtu
cat /sys/class/net/veth0/mtu
echo 123 > /sys/class/net/veth0/tx_queue_len
echo abc > /sys/class/net/veth0/tx_queue_len
echo 4294967295 > /sys/class/net/veth0/tx_queue_len
echo 4294967296 > /sys/class/net/veth0/tx_queue_len
cat /sys/class/net/veth0/tx_queue_len
echo "web uplink" > /sys/class/net/veth0/ifalias
cat /sys/class/net/veth0/ifalias
ip link show veth0
echo 7 > /sys/class/net/veth0/netdev_group
cat /sys/class/net/veth0/netdev_group
echo 0x1003 > /sys/class/net/veth0/flags
cat /sys/class/net/veth0/flags
ip link show veth0
echo 0x1002 > /sys/class/net/veth0/flags
echo zz > /sys/class/net/veth0/flags
echo 1 > /sys/class/net/veth0/carrier
echo 1 > /sys/class/net/veth0/proto_down
echo 1000 > /sys/class/net/veth0/gro_flush_timeout
cat /sys/class/net/veth0/gro_flush_timeout
echo 2 > /sys/class/net/veth0/napi_defer_hard_irqs
cat /sys/class/net/veth0/napi_defer_hard_irqs
echo 1 > /sys/class/net/veth0/ifindex
echo 1 > /sys/class/net/veth0/operstate
echo 02:00:00:00:00:01 > /sys/class/net/veth0/address
echo 1 > /sys/class/net/veth0/nosuch
echo 1500 > /sys/class/net/veth9/mtu
echo 1 > /sys/class/net/veth0/statistics/rx_packets
ip -d link show veth0
ip link show veth1
echo 9000 > /sys/class/net/lo/mtu
cat /sys/class/net/lo/mtu
echo 1500 > /sys/class/net/veth0/mtu
echo "" > /sys/class/net/veth0/ifalias
cat /sys/class/net/veth0/ifalias
ip link show veth0
