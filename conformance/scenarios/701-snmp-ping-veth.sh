# 701-snmp-ping-veth: IP and ICMP counters of both ends of a ping across a veth pair, and over lo
# Pins down: InReceives/InDelivers/OutRequests/OutTransmits per packet, InOctets/OutOctets (IpExt),
# InNoECTPkts, Icmp InMsgs/OutMsgs with InEchos/OutEchoReps on the answering side and
# OutEchos/InEchoReps on the pinging side, the IcmpMsg lines (InType0 InType8 OutType0 OutType8);
# ARP is not counted; a ping over lo counts both halves in one namespace
ip netns add snmpa
ip netns add snmpb
ip link add va netns snmpa type veth peer name vb netns snmpb
ip netns exec snmpa sysctl -qw net.ipv6.conf.va.disable_ipv6=1
ip netns exec snmpb sysctl -qw net.ipv6.conf.vb.disable_ipv6=1
ip -n snmpa addr add 10.70.1.1/24 dev va
ip -n snmpb addr add 10.70.1.2/24 dev vb
ip -n snmpa link set va up
ip -n snmpb link set vb up
ip netns exec snmpa ping -q -c 3 -i 0.2 10.70.1.2 | head -4
ip netns exec snmpa cat /proc/net/snmp
ip netns exec snmpb cat /proc/net/snmp
ip netns exec snmpb grep IpExt /proc/net/netstat
ip netns exec snmpa nstat -as
ip netns exec snmpb nstat -as
ip netns exec snmpb ip link set lo up
ip netns exec snmpb ping -q -c 2 -i 0.2 127.0.0.1 | head -4
ip netns exec snmpb nstat -as 'Ip*' 'Icmp*'
ip netns exec snmpa cat /proc/net/snmp6
ip netns del snmpa
ip netns del snmpb
