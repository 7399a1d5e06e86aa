
# 503-notes-k8svip: seed 000 "net namespace 连接外网的过程记录" (k8svip), every command verbatim
# Pins down: what a reader gets when typing the walk-through as written: `ip netns show/list `
# is unknown, `type veth pair name veth1` is rejected with the veth usage text, so veth0/veth1
# never exist and every later step that names them fails with its own error (Cannot find
# device, SO_BINDTODEVICE, Network is unreachable, Nexthop has invalid gateway); `ping -I
# veth0 192.168.0.2 // 通过veth0 ping` hands the comment words to ping as hosts; `IP netns
# ...` is "command not found" (127); lo in the namespace; br0 up without ports; the
# MASQUERADE rule is accepted; traceroute without a route.
# Changes: pings get -c 3 (without it ping runs until interrupted); the `IP netns` lines are
# left as written (bash never runs ping there).  The notes' commented-out teardown (`// ...`)
# is not run (see 504).
ip netns add k8svip
ip netns show/list 
ip link add veth0 type veth pair name veth1
ip link set veth1 netns k8svip
ip netns exec k8svip ip addr
ip addr add 192.168.0.1/24 dev veth0
ip link set dev veth0 up
ip netns exec k8svip ip addr add 192.168.0.2/24 dev veth1
ip netns exec k8svip ip link set dev veth1 up
ping -c 3 192.168.0.2
ping -c 3 -I veth0 192.168.0.2 // 通过veth0 ping
ip netns exec k8svip ping -c 3 192.168.0.1
ip netns exec k8svip ping -c 3 -I veth1 192.168.0.1
ip netns exec k8svip ip link set dev lo up
ip netns exec k8svip ping -c 3 127.0.0.1
ip link add name br0 type bridge
ip link set br0 up
ip link set dev veth0 master br0
ping -c 3 -I veth0 192.168.0.2
IP netns exec k8svip ping -I veth1 192.168.0.1
ip addr del 192.168.0.1/24 dev veth0
ip addr add 192.168.0.1/24 dev br0
ping -c 3 -I br0 192.168.0.2
IP netns exec k8svip ping -I veth1 192.168.0.1
ip netns exec k8svip ip route add default via 192.168.0.1
iptables -t nat -A POSTROUTING  -s 192.168.0.0/24 -j MASQUERADE
ip netns exec k8svip ping -c 3 10.151.116.190
ip netns exec k8svip traceroute 10.151.116.190
