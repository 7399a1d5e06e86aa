# 209-redirect-send-knobs: when a router redirects (send_redirects, shared_media, sender on link)
# Pins down: ip_route_input_slow's IPSKB_DOREDIRECT, seen as `cache <redirect>` of `ip route get ... iif`:
# send_redirects is conf.all OR the device (off on the device only, or on all only, still redirects;
# conf.default does not count); a sender without a route back on the link draws none; with
# shared_media off (all and device) the sender and the gateway must share one subnet of the device,
# a destination on the link itself always does, and the new next hop is then the destination
# (`Redirect Host(New nexthop: 192.168.50.2)`, accepted as `via` itself); a first redirect only
# resolves the new gateway (the host's neighbour turns REACHABLE, no exception yet).
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
ip netns exec h ip addr add 192.168.50.10/24 dev eth0
ip netns exec r1 ip addr add 192.168.50.1/24 dev eth0
ip netns exec r2 ip addr add 192.168.50.2/24 dev eth0
ip netns exec r2 ip addr add 10.20.0.1/24 dev fv
ip netns exec f ip addr add 10.20.0.5/24 dev eth0
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
ip netns exec h ip route add default via 192.168.50.1
ip netns exec r1 ip route add 10.20.0.0/24 via 192.168.50.2
ip netns exec f ip route add default via 10.20.0.1
ip netns exec r1 ip addr add 172.16.9.1/24 dev eth0
ip netns exec r1 ip route add 10.30.0.0/24 via 172.16.9.2
# settle: bridge carrier via the link watcher (at most once per second)
ping -q -c 2 -i 1.2 127.0.0.1
ip netns exec r1 sysctl -w net.ipv4.conf.eth0.send_redirects=0
ip netns exec r1 ip route get 10.20.0.5 from 192.168.50.10 iif eth0
ip netns exec h ping -c 1 -W 1 10.20.0.5
ip netns exec h ip neigh show 192.168.50.2
ip netns exec h ip route get 10.20.0.5
ip netns exec r1 sysctl -w net.ipv4.conf.all.send_redirects=0
ip netns exec r1 sysctl -w net.ipv4.conf.eth0.send_redirects=1
ip netns exec r1 ip route get 10.20.0.5 from 192.168.50.10 iif eth0
ip netns exec h ping -c 1 -W 1 10.20.0.5
ip netns exec h ip route get 10.20.0.5
ip netns exec h ip route flush cache
ip netns exec r1 sysctl -w net.ipv4.conf.eth0.send_redirects=0
ip netns exec r1 sysctl -w net.ipv4.conf.default.send_redirects=1
ip netns exec r1 ip route get 10.20.0.5 from 192.168.50.10 iif eth0
ip netns exec h ping -c 2 -i 0.3 -W 1 10.20.0.5
ip netns exec h ip route get 10.20.0.5
ip netns exec r1 sysctl -w net.ipv4.conf.all.send_redirects=1
ip netns exec h ip route add 192.168.50.2/32 via 192.168.50.1
ip netns exec r1 ip route get 192.168.50.2 from 192.168.50.10 iif eth0
ip netns exec h ping -c 1 -W 1 192.168.50.2
ip netns exec h ip route get 192.168.50.2
ip netns exec r1 ip route get 10.20.0.5 from 10.99.0.1 iif eth0
ip netns exec r1 ip route get 10.30.0.5 from 192.168.50.10 iif eth0
ip netns exec r1 sysctl -w net.ipv4.conf.all.shared_media=0
ip netns exec r1 ip route get 10.30.0.5 from 192.168.50.10 iif eth0
ip netns exec r1 sysctl -w net.ipv4.conf.eth0.shared_media=0
ip netns exec r1 ip route get 10.30.0.5 from 192.168.50.10 iif eth0
ip netns exec r1 ip route get 10.20.0.5 from 192.168.50.10 iif eth0
ip netns exec r1 ip route get 192.168.50.2 from 192.168.50.10 iif eth0
