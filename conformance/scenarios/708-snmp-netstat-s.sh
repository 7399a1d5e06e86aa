# 708-snmp-netstat-s: netstat -s (net-tools 2.10) over the SNMP counters
# Pins down: the tables in /proc/net/snmp and netstat order, counters in words or (names
# netstat's tables miss, through its imperfect bsearch: Forwarding, InCsumErrors, IgnoredMulti,
# the IcmpMsg and IpExt tables) as "Name: value" when not zero; the ICMP histograms; -t, -u and -w
# choose tables (unknown ones always show); -6 reads /proc/net/snmp6 and the Tcp table; an
# address family without statistics
ip netns add snmpa
ip netns exec snmpa netstat -s
ip netns exec snmpa ip link set lo up
ip netns exec snmpa ping -q -c 2 -i 0.2 127.0.0.1 | head -1
echo hi | ip netns exec snmpa nc -u -w 1 127.0.0.1 9
ip netns exec snmpa nc -z 127.0.0.1 7000
ip netns exec snmpa netstat -s
ip netns exec snmpa netstat -st
ip netns exec snmpa netstat -su
ip netns exec snmpa netstat --statistics --raw
ip netns exec snmpa ping -q -c 1 ::1 | head -1
ip netns exec snmpa netstat -s6
ip netns exec snmpa netstat -s -A inet6 -u
ip netns exec snmpa netstat -s -A unix
ip netns del snmpa
