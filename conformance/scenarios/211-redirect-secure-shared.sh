# 211-redirect-secure-shared: which new gateways a host accepts (shared_media, secure_redirects)
# Pins down: __ip_do_redirect's checks on the new gateway: with shared_media (the default) any
# unicast address is taken, even one outside the host's subnet (it is ARPed for: REACHABLE, then
# `via 10.60.0.200`); only the local table types it (inet_addr_type), so an unreachable route in
# main to the new gateway does not stop it;
# shared_media is all OR device; without it the new gateway must share a subnet of the device with
# the old one, and with secure_redirects (all OR device) it must already be the gateway of one of
# the host's routes; rejected redirects keep coming for every echo.
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
ip netns exec h ip addr add 10.60.0.10/25 dev eth0
ip netns exec h ip addr add 10.60.0.11/25 dev eth0
ip netns exec h ip addr add 10.60.0.12/25 dev eth0
ip netns exec h ip addr add 10.60.0.13/25 dev eth0
ip netns exec h ip addr add 10.60.0.14/25 dev eth0
ip netns exec h ip addr add 10.60.0.15/25 dev eth0
ip netns exec h ip addr add 10.60.0.16/25 dev eth0
ip netns exec h ip addr add 10.60.0.17/25 dev eth0
ip netns exec r1 ip addr add 10.60.0.1/24 dev eth0
ip netns exec r2 ip addr add 10.60.0.200/24 dev eth0
ip netns exec r2 ip addr add 172.22.0.1/24 dev fv
ip netns exec f ip addr add 172.22.0.2/24 dev eth0
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
ip netns exec h ip route add default via 10.60.0.1
ip netns exec r1 ip route add 172.22.0.0/24 via 10.60.0.200
ip netns exec f ip route add default via 172.22.0.1
# settle: bridge carrier via the link watcher (at most once per second)
ping -q -c 2 -i 1.2 127.0.0.1
ip netns exec h ping -c 2 -i 0.3 -W 1 172.22.0.2
ip netns exec h ip neigh show 10.60.0.200
ip netns exec h ip route get 172.22.0.2
ip netns exec h ip route flush cache
ip netns exec h sysctl -w net.ipv4.conf.all.shared_media=0
ip netns exec h sysctl -w net.ipv4.conf.eth0.shared_media=0
ip netns exec h ping -c 2 -i 0.3 -W 1 -I 10.60.0.11 172.22.0.2
ip netns exec h ip route get 172.22.0.2
ip netns exec h ip addr add 10.60.0.100/24 dev eth0
ip netns exec h ping -c 2 -i 0.3 -W 1 -I 10.60.0.12 172.22.0.2
ip netns exec h ip route get 172.22.0.2
ip netns exec h ip route add 10.88.0.0/16 via 10.60.0.200
ip netns exec h ping -c 2 -i 0.3 -W 1 -I 10.60.0.13 172.22.0.2
ip netns exec h ip route get 172.22.0.2
ip netns exec h ip route flush cache
ip netns exec h ip route del 10.88.0.0/16
ip netns exec h sysctl -w net.ipv4.conf.all.secure_redirects=0
ip netns exec h ping -c 2 -i 0.3 -W 1 -I 10.60.0.14 172.22.0.2
ip netns exec h sysctl -w net.ipv4.conf.eth0.secure_redirects=0
ip netns exec h ping -c 2 -i 0.3 -W 1 -I 10.60.0.15 172.22.0.2
ip netns exec h ip route get 172.22.0.2
ip netns exec h ip route flush cache
ip netns exec h sysctl -w net.ipv4.conf.eth0.shared_media=1
ip netns exec h ip route add unreachable 10.60.0.200/32
ip netns exec h ping -c 2 -i 0.3 -W 1 -I 10.60.0.16 172.22.0.2
ip netns exec h ip route get 172.22.0.2
ip netns exec h ip route del unreachable 10.60.0.200/32
ip netns exec h ip route flush cache
ip netns exec h ip route get 172.22.0.2
ip netns exec h ping -c 2 -i 0.3 -W 1 -I 10.60.0.17 172.22.0.2
ip netns exec h ip route get 172.22.0.2
