# 709-snmp-echo-ignore: echoes a host ignores still count as received
# Pins down: with icmp_echo_ignore_all=1 the echo requests are received and delivered (InReceives,
# InDelivers, InMsgs, InEchos, InType8), no InErrors, and nothing is sent back (no OutRequests)
ip netns add snmpa
ip netns add snmpb
ip link add va netns snmpa type veth peer name vb netns snmpb
ip netns exec snmpa sysctl -qw net.ipv6.conf.va.disable_ipv6=1
ip netns exec snmpb sysctl -qw net.ipv6.conf.vb.disable_ipv6=1
ip -n snmpa addr add 10.70.9.1/24 dev va
ip -n snmpb addr add 10.70.9.2/24 dev vb
ip -n snmpa link set va up
ip -n snmpb link set vb up
ip netns exec snmpb sysctl -qw net.ipv4.icmp_echo_ignore_all=1
ip netns exec snmpa ping -q -c 2 -i 0.2 -W 1 10.70.9.2 | head -4
ip netns exec snmpb nstat -as 'Icmp*' 'IpIn*' 'IpOut*'
ip netns del snmpa
ip netns del snmpb
