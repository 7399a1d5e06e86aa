# 278-route-get-classes: what ip route get answers by the destination's class, in every form
# Pins down: a multicast destination is type multicast whatever route matched (the default
# route's gateway dropped, "rt_offload_failed" from RTCF_MULTICAST's bit, <local,mc> only for a
# group the device is in: all-hosts), a bound device sends a group straight out of it, the limited
# broadcast is type broadcast without gateway; input lookups of a group answer from lo for a group
# the device is in and EINVAL for others; -d adds the type and "table main"; -j/-j -d objects with
# flags, uid, cache flags, metrics as an array of one object (rtt in ms, no lock) for route get
# and route show.
ip link add g0 type veth peer name g1
ip addr add 172.20.1.1/24 dev g0
ip addr add 172.20.2.1/24 dev g1
ip link set g0 up
ip link set g1 up
ip link set lo up
ip route add default via 172.20.1.5
ip route get 224.0.0.1
ip route get 239.1.2.3
ip route get 239.1.2.3 oif g1
ip route get 255.255.255.255
ip route get 172.20.1.255
ip -d route get 172.20.2.10
ip -d route get 172.20.1.1
ip -d route get 127.0.0.1
ip -d route get 8.8.8.8
ip -d route get 224.0.0.1
ip -d route get 172.20.2.10 from 172.20.1.10 iif g0
ip -j route get 224.0.0.1
ip -j -d route get 8.8.8.8
ip -d -j route get 172.20.1.1 from 172.20.1.10 iif g0
ip route get 224.0.0.1 from 172.20.1.10 iif g0
ip route get 224.0.0.5 from 172.20.1.10 iif g0
ip -j route get 224.0.0.1 from 172.20.1.10 iif g0
ip route add 10.5.0.0/16 dev g0 mtu 1400 advmss 1300
ip route add 10.6.0.0/16 dev g0 mtu lock 1400 rtt 30ms
ip -j route show
ip -j -p route show 10.6.0.0/16
ip -j route get 10.6.1.1
ip route get 10.6.1.1
ip -j route get 10.5.1.1
