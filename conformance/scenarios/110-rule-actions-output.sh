# 110-rule-actions-output: unreachable, prohibit and blackhole rules on locally generated traffic
# Pins down: ip route get answers "Network is unreachable" (ENETUNREACH, not the unreachable
# route's "No route to host"), "Permission denied", "Invalid argument"; ping's connect()
# reports the same (prohibit is EACCES: "Do you want to ping broadcast? ..."); a rule only
# hits the destinations it selects; a bound device (oif, ping -I dev) turns a failed lookup
# into "assume on link"; deleting the rule restores routing; "not" inverts the selection.
ip link add veth0 type veth peer name veth1
ip netns add ns1
ip link set veth1 netns ns1
ip link set veth0 up
ip addr add 10.0.0.1/24 dev veth0
ip netns exec ns1 ip link set veth1 up
ip netns exec ns1 ip addr add 10.0.0.2/24 dev veth1
ip netns exec ns1 ip addr add 10.0.5.5/32 dev lo
ip route add 10.0.5.0/24 via 10.0.0.2
ping -c 1 -W 1 10.0.5.5
ip rule add to 10.0.5.0/24 unreachable pref 10
ip route get 10.0.5.5
ping -c 1 -W 1 10.0.5.5
ip route get 10.0.0.2
ip rule del pref 10
ip rule add to 10.0.5.5 prohibit pref 10
ip route get 10.0.5.5
ping -c 1 -W 1 10.0.5.5
ip rule del pref 10
ip rule add to 10.0.5.0/24 blackhole pref 10
ip route get 10.0.5.5
ping -c 1 -W 1 10.0.5.5
ip route get 10.0.5.5 oif veth0
ping -c 1 -W 1 -I veth0 10.0.5.5
ip rule del to 10.0.5.0/24 blackhole
ping -c 1 -W 1 10.0.5.5
ip rule add not to 10.0.0.0/16 prohibit pref 20
ip route get 10.0.5.5
ip route get 192.168.1.1
ip route get 127.0.0.1
ping -c 1 -W 1 127.0.0.1
ip rule add pref 19 to 127.0.0.0/8 table local
ping -c 1 -W 1 127.0.0.1
ip rule
ip netns del ns1
