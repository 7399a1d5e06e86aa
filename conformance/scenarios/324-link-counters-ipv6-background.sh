# 324-link-counters-ipv6-background: what a fresh veth pair sends by itself with IPv6 on
# Pins down: within its first seconds each end sends two MLDv2 reports (90 bytes) for its
# link-local's solicited-node group, the duplicate address detection probe (86), two more
# reports from the link-local address once DAD succeeded, and a router solicitation (70): 6
# packets / 516 bytes each way (counted at 4 s, before the second solicitation); then a ping adds
# its echoes and the ARP exchange; statistics files and -j agree.
ip netns add a
ip link add v0 address 02:00:00:00:0a:01 type veth peer name v1 address 02:00:00:00:0a:02 netns a
ip link set v0 up
ip -n a link set v1 up
ip addr add 10.7.0.1/24 dev v0
ip -n a addr add 10.7.0.2/24 dev v1
sleep 4
ip -s link show v0
ip -n a -s link show v1
ping -c 2 -i 0.5 10.7.0.2
ip -s -s link show v0
cat /sys/class/net/v0/statistics/tx_packets /sys/class/net/v0/statistics/multicast
ip -s -j link show v0
