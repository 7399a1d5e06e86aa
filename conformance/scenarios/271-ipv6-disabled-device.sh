# 271-ipv6-disabled-device: what a device with disable_ipv6 refuses, and what comes back after
# Pins down: an address on a disabled device (EACCES with the ipv6 module's prefix), a route
# through it (fib6_nh_init's text), both on a down device too, listings meanwhile, re-enabling
# (the link-local address and fe80::/64 come back, a new address works).
ip link add v0 type veth peer name v1
ip link set v0 up
ip link set v1 up
sysctl -w net.ipv6.conf.v1.disable_ipv6=1
ip -6 addr add 2001:db8:9::1/64 dev v1
ip -6 route add 2001:db8:9::/64 dev v1
ip link set v1 down
ip -6 route add 2001:db8:9::/64 dev v1
ip -6 addr add 2001:db8:9::1/64 dev v1 nodad
ip -6 addr show dev v1
ip -6 route show
ip link set v1 up
sysctl -w net.ipv6.conf.v1.disable_ipv6=0
ip -6 addr add 2001:db8:9::1/64 dev v1 nodad
ip -6 route add 2001:db8:10::/64 dev v1
ip -6 route show dev v1
