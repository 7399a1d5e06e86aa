# 304-conntrack-nat-filters: conntrack -L --src-nat / --dst-nat / --any-nat on a NAT router
# Pins down: the filters test libnetfilter_conntrack's IS_SNAT/IS_SPAT/IS_DNAT/IS_DPAT: the NAT
# step ran (the *_NAT_DONE bits, set by the null binding too once a nat table exists) and the
# reply tuple differs from the original; for ICMP the "ports" compare the echo id with the
# reply's type/code, so an ICMP flow through a nat table matches both filters, while a UDP
# flow only matches the kind of NAT it had; without a nat table nothing matches; counts.
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip netns add c
ip netns add s
ip netns add r
ip link add c0 type veth peer name rc netns r
ip link add s0 type veth peer name rs netns r
ip link set c0 netns c
ip link set s0 netns s
ip -n c addr add 172.16.5.10/24 dev c0
ip -n s addr add 198.51.100.20/24 dev s0
ip -n r addr add 172.16.5.1/24 dev rc
ip -n r addr add 198.51.100.1/24 dev rs
ip -n c link set c0 up
ip -n s link set s0 up
ip -n r link set rc up
ip -n r link set rs up
ip -n c route add default via 172.16.5.1
ip -n s route add default via 198.51.100.1
ip netns exec r sysctl -q -w net.ipv4.ip_forward=1
# settle: carrier/operstate changes are applied by the kernel's link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ip netns exec c ping -q -c 1 198.51.100.20
ip netns exec r conntrack -L
ip netns exec r conntrack -L --src-nat
ip netns exec r conntrack -L --dst-nat
ip netns exec r conntrack -L --any-nat
ip netns exec r conntrack -F
ip netns exec r iptables -t nat -A POSTROUTING -s 172.16.5.0/24 -o rs -j SNAT --to-source 198.51.100.1
ip netns exec c ping -q -c 1 198.51.100.20
ip netns exec r conntrack -L
ip netns exec r conntrack -L --src-nat
ip netns exec r conntrack -L --dst-nat
ip netns exec r conntrack -L -n -g
ip netns exec r conntrack -L -j
ip netns exec r conntrack -F
ip netns exec s traceroute -n -U -p 9999 -q 1 --sport=40000 -m 2 172.16.5.10
ip netns exec r conntrack -L -p udp
ip netns exec r conntrack -L -p udp --src-nat
ip netns exec r conntrack -L -p udp --dst-nat
ip netns exec r conntrack -F
ip netns exec r iptables -t nat -A PREROUTING -i rs -p udp --dport 5353 -j DNAT --to-destination 172.16.5.10:53
ip netns exec s traceroute -n -U -p 5353 -q 1 --sport=40001 -m 2 198.51.100.1
ip netns exec r conntrack -L -p udp --dst-nat
ip netns exec r conntrack -L -p udp --src-nat
ip netns exec r conntrack -L -p udp --any-nat
ip netns exec r iptables -t nat -L -n -v
