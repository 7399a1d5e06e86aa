# 566-tc-qdisc-lifecycle: a qdisc across the device's life: down/up, moves between namespaces, other namespaces' tc
# Pins down: a root qdisc survives down/up and keeps its counters; a device moved to another namespace comes
#   back with noop then its default (the qdisc is destroyed with the old registration); tc -n and ip netns exec
#   see the namespace's devices; qdiscs added while the device is down show in ip link; pfifo counts what it
#   sends (bytes with the Ethernet header) on a veth, with IPv6 off so only the pings count; a bridge's qdisc.
ip netns add tl1
ip netns add tl2
ip link add lq0 type veth peer name lq1 netns tl1
sysctl -qw net.ipv6.conf.lq0.disable_ipv6=1
ip netns exec tl1 sysctl -qw net.ipv6.conf.lq1.disable_ipv6=1
ip addr add 10.66.0.1/24 dev lq0
ip -n tl1 addr add 10.66.0.2/24 dev lq1
tc qdisc add dev lq0 root handle 5: pfifo limit 50
ip link show lq0
tc qdisc show dev lq0
ip link set lq0 up
ip -n tl1 link set lq1 up
ping -c 3 -i 0.2 -q 10.66.0.2 | grep transmitted
tc -s qdisc show dev lq0
ip link set lq0 down
tc -s qdisc show dev lq0
ip link set lq0 up
tc -s qdisc show dev lq0
tc -n tl1 qdisc show
tc -n tl1 qdisc add dev lq1 root handle 7: bfifo limit 9000
ip netns exec tl1 tc qdisc show dev lq1
tc -n tl1 qdisc show dev lq0
tc -n nosuchns qdisc show
ip -n tl1 link set lq1 netns tl2
ip -n tl2 link show lq1
tc -n tl2 qdisc show dev lq1
ip -n tl2 link set lq1 up
tc -n tl2 qdisc show dev lq1
ip link add lbr type bridge
sysctl -qw net.ipv6.conf.lbr.disable_ipv6=1
ip link set lbr up
tc qdisc add dev lbr root handle 9: pfifo
ip addr add 10.67.0.1/24 dev lbr
ping -c 2 -i 0.2 -W 1 -q 10.67.0.9 | grep transmitted
tc qdisc show dev lbr
ip link show lbr | head -1
tc qdisc replace dev lq0 root handle 6: pfifo
tc qdisc show dev lq0
tc qdisc del dev lq0 root
ip link set lq0 down
tc qdisc show dev lq0
ip link show lq0
ip link set lq0 up
tc qdisc show dev lq0
