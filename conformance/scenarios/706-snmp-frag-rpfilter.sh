# 706-snmp-frag-rpfilter: fragmentation and reassembly counters, an rp_filter drop, a broadcast echo
# Pins down: a 3000-byte ping over MTU 1500 is fragmented on both ways (FragOKs per datagram,
# FragCreates per fragment, OutTransmits per fragment, OutRequests per datagram) and reassembled
# (ReasmReqds per fragment, ReasmOKs per datagram, InReceives per fragment, InDelivers per
# datagram); a source that fails strict reverse-path filtering is TcpExt IPReversePathFilter and
# nothing else; an echo to the subnet broadcast with icmp_echo_ignore_broadcasts=1 is an ICMP InError
ip netns add snmpa
ip netns add snmpb
ip link add va netns snmpa type veth peer name vb netns snmpb
ip netns exec snmpa sysctl -qw net.ipv6.conf.va.disable_ipv6=1
ip netns exec snmpb sysctl -qw net.ipv6.conf.vb.disable_ipv6=1
ip -n snmpa addr add 10.70.7.1/24 dev va
ip -n snmpb addr add 10.70.7.2/24 dev vb
ip -n snmpa link set va up
ip -n snmpb link set vb up
ip netns exec snmpa ping -q -c 2 -i 0.2 -s 3000 10.70.7.2 | head -4
ip netns exec snmpa nstat -as 'Ip*'
ip netns exec snmpb nstat -as 'Ip*'
ip netns exec snmpb sysctl -qw net.ipv4.conf.all.rp_filter=1
ip -n snmpa addr add 10.71.0.1/24 dev va
ip netns exec snmpa ping -q -c 2 -i 0.2 -W 1 -I 10.71.0.1 10.70.7.2 | head -4
ip netns exec snmpb nstat -as 'TcpExt*' 'IpIn*'
ip netns exec snmpa ping -q -c 1 -W 1 -b 10.70.7.255 2>&1 | head -5
ip netns exec snmpb nstat -as 'Icmp*'
ip netns del snmpa
ip netns del snmpb
