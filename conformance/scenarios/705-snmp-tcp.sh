# 705-snmp-tcp: TCP counters of a short nc connection and of a refused one
# Pins down: ActiveOpens on the client, PassiveOpens on the server, InSegs/OutSegs per segment
# (SYN, SYN-ACK, ACK, data, FIN), CurrEstab back to 0 when both ends closed; a connection to a
# closed port: AttemptFails on the client, OutRsts on the server
ip netns add snmpa
ip netns add snmpb
ip link add va netns snmpa type veth peer name vb netns snmpb
ip netns exec snmpa sysctl -qw net.ipv6.conf.va.disable_ipv6=1
ip netns exec snmpb sysctl -qw net.ipv6.conf.vb.disable_ipv6=1
ip -n snmpa addr add 10.70.6.1/24 dev va
ip -n snmpb addr add 10.70.6.2/24 dev vb
ip -n snmpa link set va up
ip -n snmpb link set vb up
ip netns exec snmpa nc -zv 10.70.6.2 7000
ip netns exec snmpa grep Tcp: /proc/net/snmp
ip netns exec snmpb grep Tcp: /proc/net/snmp
ip netns exec snmpb nc -l 7001 &
sleep 0.5
echo hello | ip netns exec snmpa nc -N 10.70.6.2 7001
sleep 0.5
ip netns exec snmpa grep Tcp: /proc/net/snmp
ip netns exec snmpb grep Tcp: /proc/net/snmp
ip netns del snmpa
ip netns del snmpb
