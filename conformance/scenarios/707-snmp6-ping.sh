# 707-snmp6-ping: /proc/net/snmp6 counters of IPv6 pings over lo, and pings no route takes
# Pins down: Ip6InReceives/InDelivers/OutRequests/OutTransmits, InOctets/OutOctets, InNoECTPkts,
# Icmp6 InMsgs/OutMsgs with the named echo counters and the numbered Icmp6InType128/OutType129
# lines after them; a ping to an unreachable or prohibit route fails in connect() and counts nothing
ip netns add snmpa
ip netns exec snmpa ip link set lo up
ip netns exec snmpa ping -q -c 2 -i 0.2 ::1 | head -4
ip netns exec snmpa cat /proc/net/snmp6
ip netns exec snmpa nstat -as
ip netns exec snmpa ip -6 route add unreachable 2001:db8:99::/64
ip netns exec snmpa ping -c 1 -W 1 2001:db8:99::1
ip netns exec snmpa ip -6 route add prohibit 2001:db8:98::/64
ip netns exec snmpa ping -c 1 -W 1 2001:db8:98::1
ip netns exec snmpa nstat -as 'Ip6*' 'Icmp6*'
ip netns del snmpa
