# 858-trace-tcp-refused: a TCP connection to a port nobody listens on
# Pins down: nc -z fails, curl says Connection refused; a listener makes it pass
ip netns add a
ip netns add r
ip netns add b
ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec r sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec b sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
ip -n a addr add 10.1.0.2/24 dev va
ip -n r addr add 10.1.0.1/24 dev ra
ip -n r addr add 10.2.0.1/24 dev rb
ip -n b addr add 10.2.0.2/24 dev vb
ip -n a link set va up
ip -n r link set ra up
ip -n r link set rb up
ip -n b link set vb up
ip -n a link set lo up
ip -n b link set lo up
ip -n a route add default via 10.1.0.1
ip -n b route add default via 10.2.0.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec a nc -z -w 1 10.2.0.2 8080; echo rc=$?
ip netns exec a curl -sS -m 2 http://10.2.0.2:8080/; echo rc=$?
ip netns exec b nc -l -p 8080 </dev/null >/dev/null & sleep 0.3; ip netns exec a nc -z -w 1 10.2.0.2 8080; echo rc=$?; wait
