# 563-tc-tbf-queue-drops: a token bucket on a veth shapes a preloaded ping; the queue overflows and the counters show it
# Pins down: tbf's parameters as tc prints them back (rates, bursts rounded through psched ticks, the latency
#   computed from limit, peakrate/minburst, -d, -j), tc's option errors; the data path: a burst of 10 requests of
#   1042 bytes into a 1 Mbit/s bucket of 1600 bytes with a 3000-byte queue: one leaves at once, two wait, the
#   fourth is dropped by the queue (sendmsg ENOBUFS: ping retries it later, so all 10 are answered); tc -s
#   counts the packets sent, the drop and the overlimits, the device's own counters see no drop; a packet larger
#   than the burst is always dropped; ingress add/show/del; htb without classes sends everything direct.
ip netns add tq
ip link add tv0 type veth peer name tv1 netns tq
sysctl -qw net.ipv6.conf.tv0.disable_ipv6=1
ip netns exec tq sysctl -qw net.ipv6.conf.tv1.disable_ipv6=1
ip addr add 10.55.0.1/24 dev tv0
ip -n tq addr add 10.55.0.2/24 dev tv1
ip link set tv0 up
ip -n tq link set tv1 up
ping -c 1 10.55.0.2 > /dev/null; echo $?
tc qdisc add dev tv0 root handle 1: tbf rate 1mbit burst 1600 limit 3000
tc qdisc show dev tv0
ping -c 10 -l 10 -s 1000 -W 2 10.55.0.2 | grep -v "bytes from"
tc -s qdisc show dev tv0 | sed 's/overlimits [0-9]*/overlimits N/'
ip -s link show tv0
ping -c 2 -s 2000 -W 1 10.55.0.2 | tail -3
tc -s qdisc show dev tv0 | sed 's/overlimits [0-9]*/overlimits N/'
tc qdisc change dev tv0 root handle 1: tbf rate 10mbit burst 10kb latency 50ms
tc qdisc show dev tv0
tc -d qdisc show dev tv0
tc -j qdisc show dev tv0
tc qdisc change dev tv0 root handle 1: tbf rate 1500kbit burst 32kbit limit 20000
tc qdisc show dev tv0
tc qdisc change dev tv0 root handle 1: tbf rate 100mbps burst 5000 limit 1000000
tc qdisc show dev tv0
tc qdisc replace dev tv0 root handle 1: tbf rate 2gbit burst 1mb latency 1s
tc qdisc show dev tv0
tc qdisc replace dev tv0 root handle 1: tbf rate 800bit burst 100 limit 100
tc qdisc show dev tv0
tc qdisc replace dev tv0 root handle 1: tbf rate 1mbit burst 1600 limit 3000 peakrate 2mbit mtu 1600
tc qdisc show dev tv0
tc -d qdisc show dev tv0
tc qdisc replace dev tv0 root handle 1: tbf rate 2mbit burst 1600 limit 3000 peakrate 1mbit mtu 1600
tc qdisc replace dev tv0 root handle 1: tbf rate 1mbit burst 1600 limit 3000 peakrate 2mbit
tc qdisc replace dev tv0 root handle 1: tbf rate xyz burst 1600 limit 3000
tc qdisc replace dev tv0 root handle 1: tbf rate 1mbit burst abc limit 3000
tc qdisc replace dev tv0 root handle 1: tbf rate 1mbit burst 1600 limit 3000 bogus
tc qdisc replace dev tv0 root handle 1: tbf rate 1mbit burst 1600
tc qdisc replace dev tv0 root handle 1: tbf rate 1mbit
tc qdisc replace dev tv0 root handle 1: tbf burst 1600 limit 100
tc qdisc replace dev tv0 root handle 1: tbf rate 1mbit burst 1600 limit 3000 latency 10ms
tc qdisc replace dev tv0 root handle 1: tbf rate 1mbit rate 2mbit burst 1600 limit 3000
tc qdisc replace dev tv0 root handle 1: tbf rate 1mbit burst 1600/8 limit 3000
tc qdisc show dev tv0
tc qdisc replace dev tv0 root handle 1: tbf rate 1mbit burst 1600/7 limit 3000
tc qdisc del dev tv0 root handle 1:
tc qdisc add dev tv0 root handle 2: htb default 10
tc qdisc show dev tv0
ping -c 3 -i 0.2 10.55.0.2 | tail -2 | head -1
tc -s qdisc show dev tv0
tc qdisc replace dev tv0 root handle 2: htb r2q 5 direct_qlen 7
tc qdisc replace dev tv0 root handle 3: htb r2q 5 direct_qlen 7
tc qdisc show dev tv0
tc qdisc add dev tv0 root handle 4: htb default xyz
tc qdisc add dev tv0 ingress
tc qdisc show dev tv0
tc qdisc show dev tv0 ingress
tc -j qdisc show dev tv0 ingress
tc qdisc del dev tv0 ingress
tc qdisc show dev tv0
tc qdisc del dev tv0 root
tc -s qdisc show dev tv0
