# 321-sysfs-queues: the queues directory of a device, and ls with several operands
# Pins down: queues/ lists rx-N and tx-N for the queues in use (one pair for veth, lo, bridge,
# tap), rx-N holds rps_cpus/rps_flow_cnt, tx-N traffic_class/tx_maxrate/tx_timeout/xps_cpus/
# xps_rxqs (no byte_queue_limits on these LLTX devices), all reading 0; written values read back,
# a read-only or missing file refuses the open (Permission denied), a directory is one; ls of
# several operands: errors first, then files, then each directory under its "NAME:" header.
ip link add eth0 type veth peer veth1
ls /sys/class/net/eth0/queues
ls /sys/class/net/eth0/queues/rx-0 /sys/class/net/eth0/queues/tx-0
cat /sys/class/net/eth0/queues/rx-0/rps_cpus /sys/class/net/eth0/queues/rx-0/rps_flow_cnt
cat /sys/class/net/eth0/queues/tx-0/tx_maxrate /sys/class/net/eth0/queues/tx-0/tx_timeout /sys/class/net/eth0/queues/tx-0/traffic_class /sys/class/net/eth0/queues/tx-0/xps_cpus /sys/class/net/eth0/queues/tx-0/xps_rxqs
ls /sys/class/net/lo/queues
ip link add br0 type bridge
ls /sys/class/net/br0/queues
ip tuntap add tap0 mode tap
ls /sys/class/net/tap0/queues
cat /sys/class/net/eth0/queues
echo 1 > /sys/class/net/eth0/queues/rx-0/rps_cpus
cat /sys/class/net/eth0/queues/rx-0/rps_cpus
ls /sys/class/net/eth0/queues /sys/class/net/eth0/mtu /sys/class/net/eth0/ifindex
ls /sys/class/net/nosuch /sys/class/net/eth0/queues
ls /sys/class/net/eth0/queues/tx-0 /sys/class/net/eth0/queues/rx-0 /sys/class/net/eth0/mtu /sys/class/net/nosuch
ls /sys/class/net/eth0/queues/rx-1 /sys/class/net/eth0/queues/rx-01
cat /sys/class/net/eth0/queues/rx-0
echo 5 > /sys/class/net/eth0/queues/tx-0/tx_timeout
echo 2 > /sys/class/net/eth0/queues/rx-0/rps_flow_cnt
cat /sys/class/net/eth0/queues/rx-0/rps_flow_cnt
echo 5 > /sys/class/net/eth0/queues/tx-0/tx_timeout
echo 5 > /sys/class/net/eth0/queues/tx-0/nosuch
echo 5 > /sys/class/net/eth0/queues/tx-9/xps_cpus
echo 5 > /sys/class/net/eth0/queues/tx-0
echo 1 > /sys/class/net/eth0/queues/tx-0/xps_cpus
cat /sys/class/net/eth0/queues/tx-0/xps_cpus
