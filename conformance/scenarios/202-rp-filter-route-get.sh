# 202-rp-filter-route-get: reverse-path filtering as ip route get ... iif shows it
# Pins down: rp_filter 0 accepts any source; 1 (strict) wants the reverse route out of the
# input device (`RTNETLINK answers: Invalid cross-device link`); 2 (loose) wants any
# reverse route; the value in force is max(conf.all, conf.IF) in both directions; a source
# with no reverse route at all; a source that is our own address (accept_local); a
# forwarded and a locally delivered destination; default route as reverse path.
ip netns add r
ip link add rv type veth peer name hv
ip link add rw type veth peer name hw
ip link set rv netns r
ip link set rw netns r
ip netns exec r ip addr add 10.1.0.1/24 dev rv
ip netns exec r ip addr add 10.2.0.1/24 dev rw
ip netns exec r ip link set rv up
ip netns exec r ip link set rw up
ip netns exec r ip link set lo up
ip link set hv up
ip link set hw up
ip netns exec r sysctl -w net.ipv4.ip_forward=1
# settle: veth carrier via the link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ip netns exec r ip route get 10.2.0.9 from 10.1.0.9 iif rv
ip netns exec r ip route get 10.2.0.9 from 10.2.0.8 iif rv
ip netns exec r ip route get 10.2.0.9 from 10.99.0.1 iif rv
ip netns exec r ip route get 10.1.0.1 from 10.2.0.8 iif rv
ip netns exec r sysctl -w net.ipv4.conf.rv.rp_filter=1
ip netns exec r ip route get 10.2.0.9 from 10.1.0.9 iif rv
ip netns exec r ip route get 10.2.0.9 from 10.2.0.8 iif rv
ip netns exec r ip route get 10.2.0.9 from 10.99.0.1 iif rv
ip netns exec r ip route get 10.1.0.1 from 10.2.0.8 iif rv
ip netns exec r ip route get 10.1.0.9 from 10.2.0.8 iif rw
ip netns exec r sysctl -w net.ipv4.conf.all.rp_filter=2
ip netns exec r ip route get 10.2.0.9 from 10.2.0.8 iif rv
ip netns exec r ip route get 10.2.0.9 from 10.99.0.1 iif rv
ip netns exec r ip route get 10.1.0.9 from 10.2.0.8 iif rw
ip netns exec r sysctl -w net.ipv4.conf.rv.rp_filter=0
ip netns exec r ip route get 10.2.0.9 from 10.99.0.1 iif rv
ip netns exec r ip route get 10.2.0.9 from 10.2.0.8 iif rv
ip netns exec r sysctl -w net.ipv4.conf.all.rp_filter=1
ip netns exec r ip route get 10.2.0.9 from 10.2.0.8 iif rv
ip netns exec r ip route get 10.1.0.9 from 10.2.0.8 iif rw
ip netns exec r ip route add default via 10.1.0.9
ip netns exec r ip route get 10.2.0.9 from 10.99.0.1 iif rv
ip netns exec r ip route get 10.1.0.9 from 10.99.0.1 iif rw
ip netns exec r ip route get 10.2.0.9 from 10.1.0.1 iif rv
ip netns exec r ip route get 10.2.0.9 from 10.2.0.1 iif rv
ip netns exec r sysctl -w net.ipv4.conf.rv.accept_local=1
ip netns exec r ip route get 10.2.0.9 from 10.1.0.1 iif rv
ip netns exec r ip route get 10.2.0.9 from 10.2.0.1 iif rv
ip netns exec r sysctl -w net.ipv4.conf.all.rp_filter=0
ip netns exec r ip route get 10.2.0.9 from 10.2.0.1 iif rv
ip netns exec r sysctl net.ipv4.conf.rv.rp_filter net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter
