# 700-snmp-new-netns: the SNMP MIB files of a fresh namespace, and nstat reading them
# Pins down: /proc/net/snmp, /proc/net/snmp6 and /proc/net/netstat of a new namespace (every counter
# zero but the constants Forwarding, DefaultTTL, RtoAlgorithm, RtoMin, RtoMax, MaxConn, which follow
# ip_forward and ip_default_ttl); nstat -as (nothing but #kernel), -asz (every counter, the
# constants left out), patterns, -V, bad options and --help (exit 255)
ip netns add snmpa
ip netns exec snmpa cat /proc/net/snmp
ip netns exec snmpa cat /proc/net/snmp6
ip netns exec snmpa cat /proc/net/netstat
ip netns exec snmpa nstat -as
ip netns exec snmpa nstat -asz
ip netns exec snmpa nstat -asz 'Ip*Octets' TcpActiveOpens IpForwarding TcpCurrEstab 'udp*errors'
ip netns exec snmpa sysctl -qw net.ipv4.ip_forward=1
ip netns exec snmpa sysctl -qw net.ipv4.ip_default_ttl=99
ip netns exec snmpa head -2 /proc/net/snmp
ip netns exec snmpa nstat -V
ip netns exec snmpa nstat -x
ip netns exec snmpa nstat --help
ip netns exec snmpa ls /proc/net/snmp /proc/net/snmp6 /proc/net/netstat
ip netns del snmpa
