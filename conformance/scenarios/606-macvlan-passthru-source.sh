# 606-macvlan-passthru-source: a passthru macvlan carrying the lower's traffic, source-mode macvlans
# Pins down: passthru takes every unicast frame of the lower device (its MAC is the lower's) and makes the
# lower promiscuous (nopromisc does not), the lower's own stack then sees nothing for it; source mode
# copies frames from the listed senders only (nodst: not also by destination), ip -s counters of macvlans.
ip netns add out
ip netns add c1
ip link add eth0 type veth peer name p0 netns out
ip netns exec out sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec c1 sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip netns exec out ip addr add 10.6.0.254/24 dev p0
ip netns exec out ip link set p0 up
ip link set eth0 up
ip link add pt0 link eth0 type macvlan mode passthru
ip -d link show eth0 | grep -o 'promiscuity [0-9]*'
ip link set pt0 netns c1
ip netns exec c1 ip addr add 10.6.0.5/24 dev pt0
ip netns exec c1 ip link set pt0 up
ip -d link show eth0 | grep -o 'promiscuity [0-9]*'
ping -q -c 2 -i 0.2 127.0.0.1 > /dev/null
ip netns exec c1 ping -c 2 -i 0.2 10.6.0.254
ip netns exec out ping -c 1 10.6.0.5
ip netns exec c1 ip -s link show pt0
ip netns exec c1 ip link set pt0 type macvlan flag nopromisc
ip -d link show eth0 | grep -o 'promiscuity [0-9]*'
ip netns exec c1 ip -d link show pt0
ip netns exec c1 ip link set pt0 type macvlan flag null
ip -d link show eth0 | grep -o 'promiscuity [0-9]*'
ip netns exec c1 ip link del pt0
ip -d link show eth0 | grep -o 'promiscuity [0-9]*'
ip link add src0 link eth0 type macvlan mode source macaddr add 02:00:00:00:00:99
ip link set src0 up
ip addr add 10.6.0.6/24 dev src0
ip netns exec out ping -c 1 -W 1 10.6.0.6
ip netns exec out ip link set p0 address 02:00:00:00:00:99
ip netns exec out ip neigh flush all
ip netns exec out ping -c 1 -W 1 10.6.0.6
