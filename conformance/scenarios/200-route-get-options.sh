# 200-route-get-options: ip route get and its selectors on a router and a host
# Pins down: route get output forms (via/dev/src/uid, cache line), `from` a local and
# a foreign address, `iif` (input route: forwarded, local, `cache <local>`, no forwarding),
# `oif` binding, `mark`, `tos`, `fibmatch` (prints the matching FIB entry), `connected`
# (source from the connected route), local/broadcast/loopback destinations.
ip netns add h
ip netns add r
ip link add hv type veth peer name rv
ip link add r2 type veth peer name far
ip link set hv netns h
ip link set rv netns r
ip link set r2 netns r
ip link set far netns h
ip netns exec h ip addr add 10.1.0.2/24 dev hv
ip netns exec h ip addr add 10.2.0.2/24 dev far
ip netns exec r ip addr add 10.1.0.1/24 dev rv
ip netns exec r ip addr add 10.2.0.1/24 dev r2
ip netns exec h ip link set hv up
ip netns exec h ip link set far up
ip netns exec h ip link set lo up
ip netns exec r ip link set rv up
ip netns exec r ip link set r2 up
ip netns exec r ip link set lo up
ip netns exec h ip route add default via 10.1.0.1
ip netns exec h ip route add 10.5.0.0/16 via 10.2.0.1 metric 10
# settle: veth carrier via the link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ip netns exec h ip route get 10.9.9.9
ip netns exec h ip route get 10.5.1.1
ip netns exec h ip route get 10.1.0.1
ip netns exec h ip route get 10.1.0.2
ip netns exec h ip route get 10.1.0.255
ip netns exec h ip route get 127.0.0.5
ip netns exec h ip route get 10.9.9.9 from 10.2.0.2
ip netns exec h ip route get 10.9.9.9 from 10.7.7.7
ip netns exec h ip route get 10.9.9.9 oif far
ip netns exec h ip route get 10.9.9.9 oif hv
ip netns exec h ip route get 10.9.9.9 mark 7
ip netns exec h ip route get 10.9.9.9 tos 0x10
ip netns exec h ip route get fibmatch 10.9.9.9
ip netns exec h ip route get fibmatch 10.5.1.1
ip netns exec h ip route get fibmatch 10.1.0.7
ip netns exec h ip route get fibmatch 10.1.0.2
ip netns exec h ip route get 10.1.0.7 connected
ip netns exec h ip route get 10.5.1.1 connected
ip netns exec r ip route get 10.2.0.2 from 10.1.0.2 iif rv
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec r ip route get 10.2.0.2 from 10.1.0.2 iif rv
ip netns exec r ip route get 10.1.0.1 from 10.1.0.2 iif rv
ip netns exec r ip route get 10.2.0.1 from 10.1.0.2 iif rv
ip netns exec r ip route get 10.2.0.255 from 10.1.0.2 iif rv
ip netns exec r ip route get 10.77.0.1 from 10.1.0.2 iif rv
ip netns exec r ip route get fibmatch 10.2.0.2 from 10.1.0.2 iif rv
