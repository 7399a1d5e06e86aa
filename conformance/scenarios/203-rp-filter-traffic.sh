# 203-rp-filter-traffic: asymmetric paths dropped by strict reverse-path filtering
# Pins down: a host with two links to a router sends from the address of the other link
# (`ping -I ADDR`): rp_filter 0 on the router answers (the reply returns over the other
# link), 1 drops silently (100% loss), 2 answers again, all=1 with IF=0 drops, all=0
# with IF=2 answers; the host's own strict filter on the reply's link drops the answer.
ip netns add h
ip netns add r
ip link add hv type veth peer name rv
ip link add hw type veth peer name rw
ip link set hv netns h
ip link set hw netns h
ip link set rv netns r
ip link set rw netns r
ip netns exec h ip addr add 10.1.0.2/24 dev hv
ip netns exec h ip addr add 10.2.0.2/24 dev hw
ip netns exec r ip addr add 10.1.0.1/24 dev rv
ip netns exec r ip addr add 10.2.0.1/24 dev rw
ip netns exec h ip link set hv up
ip netns exec h ip link set hw up
ip netns exec h ip link set lo up
ip netns exec r ip link set rv up
ip netns exec r ip link set rw up
ip netns exec r ip link set lo up
# settle: veth carrier via the link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ip netns exec h ping -c 1 -W 1 -I 10.2.0.2 10.1.0.1
ip netns exec r sysctl -w net.ipv4.conf.rv.rp_filter=1
ip netns exec h ping -c 1 -W 1 -I 10.2.0.2 10.1.0.1
ip netns exec h ping -c 1 -W 1 -I 10.1.0.2 10.1.0.1
ip netns exec r sysctl -w net.ipv4.conf.rv.rp_filter=2
ip netns exec h ping -c 1 -W 1 -I 10.2.0.2 10.1.0.1
ip netns exec r sysctl -w net.ipv4.conf.rv.rp_filter=0
ip netns exec r sysctl -w net.ipv4.conf.all.rp_filter=1
ip netns exec h ping -c 1 -W 1 -I 10.2.0.2 10.1.0.1
ip netns exec r sysctl -w net.ipv4.conf.all.rp_filter=0
ip netns exec h ping -c 1 -W 1 -I 10.2.0.2 10.1.0.1
ip netns exec h sysctl -w net.ipv4.conf.hw.rp_filter=1
ip netns exec h ping -c 1 -W 1 -I 10.2.0.2 10.1.0.1
ip netns exec h sysctl -w net.ipv4.conf.hw.rp_filter=2
ip netns exec h ping -c 1 -W 1 -I 10.2.0.2 10.1.0.1
