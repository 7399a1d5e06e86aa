# 702-snmp-udp: UDP counters: a datagram to a port nobody listens on, and one that is read
# Pins down: UdpNoPorts and the ICMP port unreachable it sends (IcmpOutDestUnreachs, OutType3)
# with InDelivers still counted for the datagram; the sender's UdpOutDatagrams and its
# IcmpInDestUnreachs/InType3; UdpInDatagrams counted when a listening nc reads the datagram
ip netns add snmpa
ip netns add snmpb
ip link add va netns snmpa type veth peer name vb netns snmpb
ip netns exec snmpa sysctl -qw net.ipv6.conf.va.disable_ipv6=1
ip netns exec snmpb sysctl -qw net.ipv6.conf.vb.disable_ipv6=1
ip -n snmpa addr add 10.70.2.1/24 dev va
ip -n snmpb addr add 10.70.2.2/24 dev vb
ip -n snmpa link set va up
ip -n snmpb link set vb up
echo hi | ip netns exec snmpa nc -u -w 1 10.70.2.2 9
ip netns exec snmpa cat /proc/net/snmp
ip netns exec snmpb cat /proc/net/snmp
ip netns exec snmpb nc -u -l -W 1 6000 &
sleep 0.5
echo hello | ip netns exec snmpa nc -u -w 1 -q 0 10.70.2.2 6000
sleep 0.5
ip netns exec snmpb nstat -as 'Udp*' 'Ip*' 'Icmp*'
ip netns exec snmpa nstat -as 'Udp*' 'Ip*' 'Icmp*'
ip netns del snmpa
ip netns del snmpb
