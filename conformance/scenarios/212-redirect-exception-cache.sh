# 212-redirect-exception-cache: the redirect exception in the route cache listing
# Pins down: the exception lives on the next hop of the route that carried the packet: `ip route
# show cache` lists it only once a lookup has bound a route to it (the second redirect comes after
# the last echo), as a /32 for the listing's selectors (an exact prefix must be that /32, root and
# match select, dev and via are then not printed), it applies to lookups with a source or an output
# device, and is listed again for each route sharing that next hop's fib_info; `ip route flush
# cache` hides it, a lookup afterwards binds the emptied exception (listed without flags), a new
# redirect fills it again; deleting the route deletes it, and a route added back starts clean.
ip netns add h
ip netns add r1
ip netns add r2
ip netns add f
ip link add sw type bridge
ip link add hp type veth peer name eth0 netns h
ip link add r1p type veth peer name eth0 netns r1
ip link add r2p type veth peer name eth0 netns r2
ip link add fv type veth peer name eth0 netns f
ip link set fv netns r2
ip link set hp master sw
ip link set r1p master sw
ip link set r2p master sw
ip link set sw up
ip link set hp up
ip link set r1p up
ip link set r2p up
ip netns exec h ip addr add 10.70.0.10/24 dev eth0
ip netns exec r1 ip addr add 10.70.0.1/24 dev eth0
ip netns exec r2 ip addr add 10.70.0.2/24 dev eth0
ip netns exec r2 ip addr add 192.168.77.1/24 dev fv
ip netns exec f ip addr add 192.168.77.2/24 dev eth0
ip netns exec h ip link set eth0 up
ip netns exec r1 ip link set eth0 up
ip netns exec r2 ip link set eth0 up
ip netns exec f ip link set eth0 up
ip netns exec r2 ip link set fv up
ip netns exec h ip link set lo up
ip netns exec r1 ip link set lo up
ip netns exec r2 ip link set lo up
ip netns exec r1 sysctl -w net.ipv4.ip_forward=1
ip netns exec r2 sysctl -w net.ipv4.ip_forward=1
ip netns exec h ip route add default via 10.70.0.1
ip netns exec r1 ip route add 192.168.77.0/24 via 10.70.0.2
ip netns exec f ip route add default via 192.168.77.1
# settle: bridge carrier via the link watcher (at most once per second)
ping -q -c 2 -i 1.2 127.0.0.1
ip netns exec h ip route show cache
ip netns exec h ping -c 2 -i 0.3 -W 1 192.168.77.2
ip netns exec h ip route show cache
ip netns exec h ip route get 192.168.77.2 from 10.70.0.10
ip netns exec h ip route show cache
ip netns exec h ip route show cache 192.168.77.0/24
ip netns exec h ip route show cache 192.168.77.2
ip netns exec h ip route show cache root 192.168.77.0/24
ip netns exec h ip route show cache root 10.70.0.0/24
ip netns exec h ip route show cache match 192.168.77.2
ip netns exec h ip route show cache dev eth0
ip netns exec h ip route show table all cache via 10.70.0.2
ip netns exec h ip route get 192.168.77.2 oif eth0
ip netns exec h ip route get 192.168.77.3
ip netns exec h ip route add 10.88.0.0/16 via 10.70.0.1
ip netns exec h ip route add 10.89.0.0/16 via 10.70.0.1 metric 5
ip netns exec h ip route show cache
ip netns exec h ip route del 10.88.0.0/16
ip netns exec h ip route del 10.89.0.0/16
ip netns exec h ip route flush cache
ip netns exec h ip route show cache
ip netns exec h ip route get 192.168.77.2
ip netns exec h ip route show cache
ip netns exec h ping -c 1 -W 1 192.168.77.2
ip netns exec h ip route show cache
ip netns exec h ip route del default
ip netns exec h ip route show cache
ip netns exec h ip route add default via 10.70.0.1
ip netns exec h ip route get 192.168.77.2
ip netns exec h ip route show cache
ip netns exec h ip route show
