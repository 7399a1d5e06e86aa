# 704-snmp-drops: which counters the packets dropped on the way show
# Pins down: a netfilter DROP on INPUT (InReceives counted, InDelivers and InDiscards not); a DROP
# on OUTPUT (OutRequests and the ICMP out counters counted before LOCAL_OUT, OutTransmits not);
# no route at all (OutNoRoutes from ping's connect); a packet for an address the host does not
# own and it does not forward (InAddrErrors); an unknown protocol (InUnknownProtos, ICMP
# protocol unreachable)
ip netns add snmpa
ip netns add snmpb
ip link add va netns snmpa type veth peer name vb netns snmpb
ip netns exec snmpa sysctl -qw net.ipv6.conf.va.disable_ipv6=1
ip netns exec snmpb sysctl -qw net.ipv6.conf.vb.disable_ipv6=1
ip -n snmpa addr add 10.70.5.1/24 dev va
ip -n snmpb addr add 10.70.5.2/24 dev vb
ip -n snmpa link set va up
ip -n snmpb link set vb up
ip netns exec snmpb iptables -A INPUT -p icmp -j DROP
ip netns exec snmpa ping -q -c 2 -i 0.2 -W 1 10.70.5.2 | head -4
ip netns exec snmpb nstat -as
ip netns exec snmpb iptables -F INPUT
ip netns exec snmpa iptables -A OUTPUT -p icmp -j DROP
ip netns exec snmpa ping -c 2 -i 0.2 -W 1 10.70.5.2
ip netns exec snmpa iptables -F OUTPUT
ip netns exec snmpa nstat -as
ip netns exec snmpa ping -c 1 192.0.2.9
ip netns exec snmpa ip route add 10.99.0.0/16 via 10.70.5.2
ip netns exec snmpa ping -q -c 1 -W 1 10.99.1.1 | head -4
ip netns exec snmpa nstat -as 'Ip*'
ip netns exec snmpb nstat -as 'Ip*' 'Icmp*'
ip netns del snmpa
ip netns del snmpb
