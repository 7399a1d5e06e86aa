# 201-route-get-errors: ip route get argument parsing and the lookup errors
# Pins down: missing destination, bad addresses and prefixes, unknown device for
# iif/oif, `from` a multicast/broadcast source, no route (`Network is unreachable`),
# unreachable/prohibit/blackhole routes via output and input, iif without `from`,
# `iif lo`, bad mark/tos, duplicate destination, a down oif.
ip netns add h
ip link add va type veth peer name vb
ip link set va netns h
ip link set vb netns h
ip netns exec h ip addr add 10.1.0.2/24 dev va
ip netns exec h ip addr add 10.1.0.3/24 dev vb
ip netns exec h ip link set va up
ip netns exec h ip link set vb up
ip netns exec h ip link set lo up
# settle: veth carrier via the link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ip netns exec h ip route get
ip netns exec h ip route get 10.9.9.9
ip netns exec h ip route get 10.1.0.300
ip netns exec h ip route get 10.1.0.0/24
ip netns exec h ip route get 10.1.0.0/33
ip netns exec h ip route get 10.1.0.9 oif nosuch
ip netns exec h ip route get 10.1.0.9 iif nosuch
ip netns exec h ip route get 10.1.0.9 from 224.0.0.1
ip netns exec h ip route get 10.1.0.9 from 255.255.255.255
ip netns exec h ip route get 10.1.0.9 from 10.1.0.77
ip netns exec h ip route get 10.1.0.9 from 10.1.0.0/24
ip netns exec h ip route get 10.1.0.9 mark foo
ip netns exec h ip route get 10.1.0.9 tos foo
ip netns exec h ip route get 10.1.0.9 10.1.0.8
ip netns exec h ip route get 10.1.0.9 iif va
ip netns exec h ip route get 10.1.0.9 from 10.1.0.5 iif va
ip netns exec h ip route get 10.1.0.9 from 10.1.0.5 iif lo
ip netns exec h ip route add unreachable 10.3.0.0/16
ip netns exec h ip route add prohibit 10.4.0.0/16
ip netns exec h ip route add blackhole 10.6.0.0/16
ip netns exec h ip route get 10.3.0.1
ip netns exec h ip route get 10.4.0.1
ip netns exec h ip route get 10.6.0.1
ip netns exec h ip route get fibmatch 10.3.0.1
ip netns exec h ip route get fibmatch 10.9.9.9
ip netns exec h sysctl -w net.ipv4.ip_forward=1
ip netns exec h ip route get 10.3.0.1 from 10.1.0.5 iif va
ip netns exec h ip route get 10.4.0.1 from 10.1.0.5 iif va
ip netns exec h ip route get 10.6.0.1 from 10.1.0.5 iif va
ip netns exec h ip route get 10.9.9.9 from 10.1.0.5 iif va
ip netns exec h ip link set vb down
ip netns exec h ip route get 10.1.0.9 oif vb
ip netns exec h ip route get 10.1.0.9 from 10.1.0.5 iif vb
