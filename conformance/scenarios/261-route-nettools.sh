# 261-route-nettools: net-tools route in a namespace with two routers' worth of routes
# Pins down: `route -n` columns and flags (U, G, H, !, metrics), `route` resolving names
# as addresses without DNS (`default`, network names printed as numbers), `route add
# -net N netmask M gw G`, `/PREFIX` form, `dev DEV`, `metric`, `route add default gw G`,
# `-host`, `reject`, `route del` of each, errors: `SIOCADDRT: Network is unreachable` (a
# gateway off-link), `SIOCADDRT: File exists`, `SIOCDELRT: No such process`, `SIOCADDRT:
# No such device`, netmask/address mismatch (`route: netmask doesn't match route
# address`), unknown host; `ip route` seeing the same table; /proc/net/route.
ip netns add n
ip link add v0 netns n type veth peer name v1
ip -n n addr add 10.3.0.2/24 dev v0
ip -n n link set v0 up
ip link set v1 up
ip netns exec n route -n
ip netns exec n route add -net 10.30.0.0 netmask 255.255.0.0 gw 10.3.0.1
ip netns exec n route add -net 10.31.0.0/16 gw 10.3.0.1 metric 5
ip netns exec n route add -net 10.32.0.0/24 dev v0
ip netns exec n route add -host 10.33.0.7 gw 10.3.0.1
ip netns exec n route add default gw 10.3.0.1
ip netns exec n route add -net 10.34.0.0/16 reject
ip netns exec n route -n
ip netns exec n route
ip netns exec n ip route
ip netns exec n cat /proc/net/route
ip netns exec n route add -net 10.35.0.0/16 gw 10.9.0.1
ip netns exec n route add -net 10.30.0.0 netmask 255.255.0.0 gw 10.3.0.1
ip netns exec n route add -net 10.36.0.1 netmask 255.255.0.0 gw 10.3.0.1
ip netns exec n route add -net 10.37.0.0/16 dev nosuch
ip netns exec n route add -net 10.38.0.0/16 gw no.such.host
ip netns exec n route del -net 10.99.0.0/16
ip netns exec n route del -net 10.30.0.0 netmask 255.255.0.0
ip netns exec n route del -net 10.31.0.0/16 metric 5
ip netns exec n route del -host 10.33.0.7
ip netns exec n route del default
ip netns exec n route del default
ip netns exec n route del -net 10.34.0.0/16 reject
ip netns exec n route -n
ip netns exec n route -n -A inet
ip netns exec n route -C -n
