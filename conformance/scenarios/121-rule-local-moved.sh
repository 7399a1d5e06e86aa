# 121-rule-local-moved: rules placed before the local table
# Pins down: the local rule can be deleted and re-added at another preference; a rule before
# it that sends a device's input to another table makes the host's own address non-local
# for packets from that device: ARP requests for it go unanswered (arp_process asks the
# input route lookup), pings fail, ip route get ... iif says No route to host (not
# forwarding) while a locally generated lookup still finds "local ... table local"; a
# blackhole rule for the subnet has the same effect; a more specific rule back to table
# local restores it; IPv4 flush keeps nothing at pref 0 here because local moved.
ip link add veth0 type veth peer name veth1
ip netns add ns1
ip link set veth1 netns ns1
ip link set veth0 up
ip addr add 10.0.0.1/24 dev veth0
ip netns exec ns1 ip link set veth1 up
ip netns exec ns1 ip addr add 10.0.0.2/24 dev veth1
ip route add default via 10.0.0.2 table 100
ip netns exec ns1 ping -c 1 -W 1 10.0.0.1
ip rule add pref 10 iif veth0 table 100
ip netns exec ns1 ping -c 1 -W 1 10.0.0.1
ip rule del pref 0
ip rule add pref 1000 table local
ip rule
ip route get 10.0.0.1
ip route get 10.0.0.1 from 10.0.0.2 iif veth0
ip netns exec ns1 ip neigh flush all
ip netns exec ns1 ping -c 1 -W 1 10.0.0.1
ip netns exec ns1 ip neigh show 10.0.0.1
ip rule del pref 10
ip rule add pref 10 iif veth0 to 10.0.0.0/24 blackhole
ip route get 10.0.0.1 from 10.0.0.2 iif veth0
ip netns exec ns1 ping -c 1 -W 1 10.0.0.1
ip rule add pref 5 from 10.0.0.2 iif veth0 lookup local
ip route get 10.0.0.1 from 10.0.0.2 iif veth0
ip netns exec ns1 ping -c 1 -W 1 10.0.0.1
ip rule flush
ip rule
ip route get 10.0.0.1
ping -c 1 -W 1 127.0.0.1
ip netns del ns1
