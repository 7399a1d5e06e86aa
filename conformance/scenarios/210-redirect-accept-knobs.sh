# 210-redirect-accept-knobs: when a host takes a redirect (accept_redirects, forwarding)
# Pins down: IN_DEV_RX_REDIRECTS on the receiving device: a host that does not forward takes
# accept_redirects from conf.all OR the device (off on the device only still accepts, off on both
# ignores: the router keeps redirecting every echo); a forwarding device needs both (AND); writing
# ip_forward sets conf.all.accept_redirects to its opposite (inet_forward_change); an accepted
# redirect to an already resolved gateway takes effect at once (the next echo goes direct, one
# Redirect line), and every source address of the host has its own backoff on the router.
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
ip netns exec h ip addr add 10.50.0.10/24 dev eth0
ip netns exec h ip addr add 10.50.0.11/24 dev eth0
ip netns exec h ip addr add 10.50.0.12/24 dev eth0
ip netns exec h ip addr add 10.50.0.13/24 dev eth0
ip netns exec h ip addr add 10.50.0.14/24 dev eth0
ip netns exec h ip addr add 10.50.0.15/24 dev eth0
ip netns exec r1 ip addr add 10.50.0.1/24 dev eth0
ip netns exec r2 ip addr add 10.50.0.2/24 dev eth0
ip netns exec r2 ip addr add 172.20.0.1/24 dev fv
ip netns exec f ip addr add 172.20.0.2/24 dev eth0
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
ip netns exec h ip route add default via 10.50.0.1
ip netns exec r1 ip route add 172.20.0.0/24 via 10.50.0.2
ip netns exec f ip route add default via 172.20.0.1
# settle: bridge carrier via the link watcher (at most once per second)
ping -q -c 2 -i 1.2 127.0.0.1
ip netns exec h ping -c 1 -W 1 10.50.0.2
ip netns exec h sysctl -w net.ipv4.conf.eth0.accept_redirects=0
ip netns exec h ping -c 2 -i 0.3 -W 1 -I 10.50.0.11 172.20.0.2
ip netns exec h ip route get 172.20.0.2
ip netns exec h ip route flush cache
ip netns exec h sysctl -w net.ipv4.conf.all.accept_redirects=0
ip netns exec h ping -c 2 -i 0.3 -W 1 -I 10.50.0.12 172.20.0.2
ip netns exec h ip route get 172.20.0.2
ip netns exec h sysctl -w net.ipv4.ip_forward=1
ip netns exec h sysctl net.ipv4.conf.all.accept_redirects net.ipv4.conf.eth0.accept_redirects net.ipv4.conf.eth0.forwarding
ip netns exec h sysctl -w net.ipv4.conf.all.accept_redirects=1
ip netns exec h ping -c 2 -i 0.3 -W 1 -I 10.50.0.13 172.20.0.2
ip netns exec h ip route get 172.20.0.2
ip netns exec h sysctl -w net.ipv4.conf.eth0.accept_redirects=1
ip netns exec h sysctl -w net.ipv4.conf.all.accept_redirects=0
ip netns exec h ping -c 2 -i 0.3 -W 1 -I 10.50.0.14 172.20.0.2
ip netns exec h ip route get 172.20.0.2
ip netns exec h sysctl -w net.ipv4.conf.all.accept_redirects=1
ip netns exec h ping -c 2 -i 0.3 -W 1 -I 10.50.0.15 172.20.0.2
ip netns exec h ip route get 172.20.0.2
ip netns exec h sysctl -w net.ipv4.ip_forward=0
ip netns exec h sysctl net.ipv4.conf.all.accept_redirects net.ipv4.conf.eth0.forwarding
