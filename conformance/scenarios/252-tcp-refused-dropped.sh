# 252-tcp-refused-dropped: what a TCP client sees for a closed, a filtered and an unreachable port
# Pins down: a closed port answers the SYN with RST (`Connection refused`); an iptables
# DROP of the SYN makes `nc -w 1` give up (`timed out: Operation now in progress`);
# REJECT flavours as connect() errors (tcp-reset -> Connection refused, icmp-port-unreachable
# -> Connection refused, icmp-host-prohibited / icmp-host-unreachable -> No route to host,
# icmp-net-unreachable -> Network is unreachable, icmp-admin-prohibited -> No route to host);
# no route at the client -> Network is unreachable at once; an unanswered ARP -> the
# `-w` timeout; a connection to the client's own address over lo.
ip netns add c
ip netns add s
ip link add vc netns c type veth peer name vs netns s
ip -n c addr add 10.0.7.1/24 dev vc
ip -n s addr add 10.0.7.2/24 dev vs
ip -n c link set vc up
ip -n s link set vs up
ip -n c link set lo up
ip netns exec c nc -zv 10.0.7.2 7000
ip netns exec s iptables -A INPUT -p tcp --dport 7001 -j DROP
ip netns exec c nc -zv -w 1 10.0.7.2 7001
ip netns exec s iptables -A INPUT -p tcp --dport 7002 -j REJECT --reject-with tcp-reset
ip netns exec c nc -zv 10.0.7.2 7002
ip netns exec s iptables -A INPUT -p tcp --dport 7003 -j REJECT
ip netns exec c nc -zv 10.0.7.2 7003
ip netns exec s iptables -A INPUT -p tcp --dport 7004 -j REJECT --reject-with icmp-host-prohibited
ip netns exec c nc -zv 10.0.7.2 7004
ip netns exec s iptables -A INPUT -p tcp --dport 7005 -j REJECT --reject-with icmp-host-unreachable
ip netns exec c nc -zv 10.0.7.2 7005
ip netns exec s iptables -A INPUT -p tcp --dport 7006 -j REJECT --reject-with icmp-net-unreachable
ip netns exec c nc -zv 10.0.7.2 7006
ip netns exec s iptables -A INPUT -p tcp --dport 7007 -j REJECT --reject-with icmp-admin-prohibited
ip netns exec c nc -zv 10.0.7.2 7007
ip netns exec s iptables -L INPUT -n -v
ip netns exec c nc -zv 10.9.9.9 7000
ip netns exec c nc -zv -w 1 10.0.7.99 7000
ip netns exec c nc -zv 10.0.7.1 7000
ip netns exec c nc -zv 127.0.0.1 7000
ip netns exec c ip neigh show 10.0.7.99
