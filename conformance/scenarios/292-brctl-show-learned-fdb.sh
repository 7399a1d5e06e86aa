# 292-brctl-show-learned-fdb: brctl show/showmacs/showstp and bridge fdb with learned entries
# Pins down: brctl show (bridges sorted by name, ports by name, a named bridge, an unknown
# name "does not exist", a device that is no bridge "is not a bridge"); entries learned from a
# ping across the bridge in brctl showmacs (local yes/no) and bridge fdb show (dynamic entries
# with an empty state, -s used/updated (local entries too, counted from their creation),
# dynamic and state filters, JSON); a shorter ageing time
# takes effect at once (setageing runs the collector), expired entries leave both listings; a
# port going down flushes what was learned on it; brctl showmacs/showstp/addif/delif/delbr
# errors (unknown bridge, device that is no bridge, port not in the bridge, bridge up).
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns add h1
ip netns add h2
ip netns exec h1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec h2 sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip netns exec h1 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns exec h2 sysctl -qw net.ipv6.conf.default.disable_ipv6=1
brctl addbr br0
brctl addbr abr
ip link add p1 type veth peer name e1 netns h1
ip link add p2 type veth peer name e2 netns h2
ip link set p1 address 02:00:00:00:01:01
ip link set p2 address 02:00:00:00:02:01
ip -n h1 link set e1 address 02:00:00:00:01:02
ip -n h2 link set e2 address 02:00:00:00:02:02
brctl addif br0 p2
brctl addif br0 p1
brctl show
brctl show br0 abr
brctl show nosuch
brctl show p1
ip link set br0 up
ip link set p1 up
ip link set p2 up
ip -n h1 link set e1 up
ip -n h2 link set e2 up
ip -n h1 addr add 10.0.0.1/24 dev e1
ip -n h2 addr add 10.0.0.2/24 dev e2
ip netns exec h1 ping -c 1 -W 1 10.0.0.2
brctl showmacs br0
bridge fdb show br br0
bridge -s fdb show br br0 dynamic
bridge -j fdb show br br0 state reachable
brctl showmacs abr
brctl showmacs nosuch
brctl showmacs p1
brctl setageing br0 2
sleep 2.5
bridge fdb show br br0
bridge -s fdb show br br0 state permanent
brctl showmacs br0
sleep 2
bridge fdb show br br0
ip netns exec h1 ping -c 1 -W 1 10.0.0.2
ip link set p2 down
bridge fdb show br br0
brctl showstp nosuch
brctl showstp p1
brctl delif br0 p1
brctl delif br0 p1
brctl delif br0 nosuch
brctl addif br0 nosuch
brctl addif nosuch p1
brctl addif br0 br0
brctl delbr br0
ip link set br0 down
brctl delbr br0
brctl delbr br0
brctl show
