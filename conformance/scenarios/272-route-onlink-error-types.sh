# 272-route-onlink-error-types: onlink without a gateway, and the route types that carry no nexthop
# Pins down: onlink on a device route is refused before the device is even looked at (down, up,
# no device, another table), onlink with a gateway needs a device; blackhole/unreachable/
# prohibit/throw refuse a gateway or device but keep an onlink flag; an unknown device is the
# tool's error; -d listing of what was accepted.
ip link add v0 type veth peer name v1
ip route add 10.2.0.0/24 dev v0 onlink
ip link set v0 up
ip route add 10.2.0.0/24 dev v0 onlink
ip route add 10.2.0.0/24 onlink
ip route add 10.2.0.0/24 via 10.2.0.1 dev v0 onlink
ip route add 10.3.0.0/24 via 10.2.0.1 onlink
ip route add 10.4.0.0/24 dev v0 onlink table 100
ip route add blackhole 10.5.0.0/24 onlink
ip route add unreachable 10.6.0.0/24 dev v0 onlink
ip route show
ip route show table 100
ip route add prohibit 10.7.0.0/24 via 10.2.0.1
ip route add throw 10.8.0.0/24 dev v0 table 100
ip route add unreachable 10.9.0.0/24
ip route add blackhole 10.10.0.0/24 dev nosuch0
ip -d route show
