
# 504-notes-k8svip-peer: the k8svip walk-through of seed 000 with its one iproute2 typo fixed
# Pins down: the rest of the walk-through as the notes meant it, in the notes' order and with
# no extra waits: root<->namespace pings (also -I), enslaving the address-carrying veth0
# (ping -I veth0 then gets nothing), the address moved to br0 (ping -I br0 works),
# `IP netns` still "command not found", default route via br0, MASQUERADE, the far address
# silently lost because the root does not forward (ip_forward 0), then the notes'
# commented-out teardown run as commands (its `via 192.168.1.1` does not match: No such
# process; deleting the namespace deletes the pair, so the last `ip link del veth0` fails).
# Changes: `type veth pair name` -> `type veth peer name` (503 runs it as written); pings get
# -c 3; traceroute gets -m 4 -w 1 (30 silent hops of 5 s would pass the 60 s limit); the
# teardown lines are the notes' `// ...` lines without the `// `; one settle line before
# the last `ip link del veth0` (namespace deletion is asynchronous).
ip netns add k8svip
ip netns show/list 
ip link add veth0 type veth peer name veth1
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
ip netns exec k8svip traceroute -m 4 -w 1 10.151.116.190
iptables -t nat -D POSTROUTING  -s 192.168.0.0/24 -j MASQUERADE
ip netns exec k8svip ip route del default via 192.168.1.1
ip link set dev veth0 nomaster
ip link del br0
ip netns exec k8svip ip link set dev lo down
ip netns exec k8svip ip link set dev veth1 down
ip netns del k8svip
# settle: wait 1.2 s for the kernel's link watcher (bridges, tun/tap, namespace deletion)
ping -q -c 2 -i 1.2 127.0.0.1
ip link del veth0
