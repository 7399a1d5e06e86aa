# 139-sysfs-net-read: every readable /sys/class/net/DEV attribute of veth, bridge, tun, lo
# Pins down: address/addr_len/broadcast, carrier (EINVAL while down: "cat: ...: Invalid
# argument"), carrier_changes/up/down counts, dormant and testing (EINVAL while down),
# duplex/speed (EINVAL down, veth 10000/full up, bridge unknown/-1... as the kernel
# reports), flags, ifalias (empty), ifindex/iflink, link_mode, mtu, name_assign_type
# (EINVAL for kernel-named devices), operstate, proto_down, tx_queue_len, type (1, 772,
# 65534), dev_id, dev_port, netdev_group, gro_flush_timeout, napi_defer_hard_irqs,
# threaded, phys_port_*, statistics/*, a missing attribute and a missing device.
ip link add veth0 type veth peer name veth1
ip link add type veth
ip link add br0 type bridge
ip tuntap add dev tun0 mode tun
cat /sys/class/net/veth0/address
cat /sys/class/net/veth0/addr_len
cat /sys/class/net/veth0/broadcast
cat /sys/class/net/veth0/carrier
cat /sys/class/net/veth0/carrier_changes
cat /sys/class/net/veth0/carrier_up_count
cat /sys/class/net/veth0/carrier_down_count
cat /sys/class/net/veth0/dormant
cat /sys/class/net/veth0/testing
cat /sys/class/net/veth0/duplex
cat /sys/class/net/veth0/speed
cat /sys/class/net/veth0/flags
cat /sys/class/net/veth0/ifalias
cat /sys/class/net/veth0/ifindex
cat /sys/class/net/veth0/iflink
cat /sys/class/net/veth0/link_mode
cat /sys/class/net/veth0/mtu
cat /sys/class/net/veth0/name_assign_type
cat /sys/class/net/veth2/name_assign_type
cat /sys/class/net/veth0/operstate
cat /sys/class/net/veth0/proto_down
cat /sys/class/net/veth0/tx_queue_len
cat /sys/class/net/veth0/type
cat /sys/class/net/veth0/dev_id
cat /sys/class/net/veth0/dev_port
cat /sys/class/net/veth0/netdev_group
cat /sys/class/net/veth0/gro_flush_timeout
cat /sys/class/net/veth0/napi_defer_hard_irqs
cat /sys/class/net/veth0/threaded
cat /sys/class/net/veth0/phys_port_id
cat /sys/class/net/veth0/phys_port_name
cat /sys/class/net/veth0/phys_switch_id
cat /sys/class/net/veth0/addr_assign_type
cat /sys/class/net/veth0/statistics/rx_packets
cat /sys/class/net/veth0/statistics/tx_bytes
cat /sys/class/net/veth0/statistics/rx_over_errors
cat /sys/class/net/veth0/statistics/tx_heartbeat_errors
cat /sys/class/net/veth0/statistics/rx_nohandler
cat /sys/class/net/veth0/nosuch
cat /sys/class/net/veth9/mtu
ls /sys/class/net/veth0/statistics
ip link set veth0 up
ip link set veth1 up
# settle: carrier/operstate/qdisc changes are applied by the kernel's link watcher,
# asynchronously; give it 0.2 s
ping -q -c 2 -i 0.2 127.0.0.1
cat /sys/class/net/veth0/carrier
cat /sys/class/net/veth0/dormant
cat /sys/class/net/veth0/testing
cat /sys/class/net/veth0/duplex
cat /sys/class/net/veth0/speed
cat /sys/class/net/veth0/operstate
cat /sys/class/net/veth0/carrier_changes
cat /sys/class/net/veth0/flags
ip link set veth1 down
cat /sys/class/net/veth0/carrier
cat /sys/class/net/veth0/operstate
cat /sys/class/net/veth0/carrier_changes
cat /sys/class/net/veth0/carrier_down_count
cat /sys/class/net/br0/type
cat /sys/class/net/br0/addr_assign_type
cat /sys/class/net/br0/speed
cat /sys/class/net/br0/tx_queue_len
cat /sys/class/net/br0/name_assign_type
cat /sys/class/net/tun0/type
cat /sys/class/net/tun0/addr_len
cat /sys/class/net/tun0/address
cat /sys/class/net/tun0/broadcast
cat /sys/class/net/tun0/flags
cat /sys/class/net/tun0/tx_queue_len
cat /sys/class/net/tun0/carrier
cat /sys/class/net/lo/type
cat /sys/class/net/lo/carrier
cat /sys/class/net/lo/speed
cat /sys/class/net/lo/duplex
cat /sys/class/net/lo/operstate
cat /sys/class/net/lo/name_assign_type
cat /sys/class/net/lo/addr_assign_type
cat /sys/class/net/lo/flags
cat /sys/class/net/lo/dormant
