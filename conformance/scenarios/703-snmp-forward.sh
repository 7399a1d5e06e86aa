# 703-snmp-forward: a router namespace's counters for forwarded pings and a traceroute through it
# Pins down: ForwDatagrams and OutTransmits (not OutRequests) for forwarded packets; a TTL that
# runs out on the router counts InHdrErrors and its ICMP time exceeded (OutRequests, OutMsgs,
# OutTimeExcds, OutType11); the far host's port unreachable for the last probe; the sender's
# InTimeExcds/InDestUnreachs
ip netns add snmph1
ip netns add snmpr
ip netns add snmph2
ip link add v1 netns snmph1 type veth peer name r1 netns snmpr
ip link add v2 netns snmph2 type veth peer name r2 netns snmpr
ip netns exec snmph1 sysctl -qw net.ipv6.conf.v1.disable_ipv6=1
ip netns exec snmph2 sysctl -qw net.ipv6.conf.v2.disable_ipv6=1
ip netns exec snmpr sysctl -qw net.ipv6.conf.r1.disable_ipv6=1
ip netns exec snmpr sysctl -qw net.ipv6.conf.r2.disable_ipv6=1
ip netns exec snmpr sysctl -qw net.ipv4.ip_forward=1
ip -n snmph1 addr add 10.70.3.1/24 dev v1
ip -n snmpr addr add 10.70.3.254/24 dev r1
ip -n snmpr addr add 10.70.4.254/24 dev r2
ip -n snmph2 addr add 10.70.4.1/24 dev v2
ip -n snmph1 link set v1 up
ip -n snmph2 link set v2 up
ip -n snmpr link set r1 up
ip -n snmpr link set r2 up
ip -n snmph1 route add default via 10.70.3.254
ip -n snmph2 route add default via 10.70.4.254
ip netns exec snmph1 ping -q -c 4 -i 0.2 10.70.4.1 | head -4
ip netns exec snmpr cat /proc/net/snmp
ip netns exec snmph2 nstat -as
ip netns exec snmph1 traceroute -n -N 1 -q 1 10.70.4.1 | sed 's/  [0-9.]* ms//'
ip netns exec snmpr nstat -as
ip netns exec snmph1 nstat -as 'Ip*' 'Icmp*' 'Udp*'
ip netns exec snmph2 nstat -as 'Ip*' 'Icmp*' 'Udp*'
ip netns del snmph1
ip netns del snmpr
ip netns del snmph2
