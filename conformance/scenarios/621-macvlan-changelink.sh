# 621-macvlan-changelink: macvlan_changelink's order and a macvlan under other uppers
# Pins down: a mode set before the source list is refused stays set, source lists only in source mode,
# nopromisc outside passthru (ip) and passthru set later (kernel), usedbcqueuelen as the largest request,
# a macvlan on a vxlan, a macvlan as a bridge port, its lower busy for the bridge, IFLA_ADDRESS only before type.
ip link add veth0 type veth peer name veth1
ip link add vx0 type vxlan id 7 dstport 4789
ip link add mv0 link vx0 type macvlan mode bridge
ip -d link show mv0 | tail -1 | cut -c1-40
ip link add mv1 link veth0 type macvlan mode bridge
ip link set mv1 type macvlan mode source
ip -d link show mv1 | tail -1 | cut -c1-70
ip link set mv1 type macvlan mode bridge macaddr add 02:00:00:00:00:01
ip link set mv1 type macvlan macaddr add 02:00:00:00:00:01
ip -d link show mv1 | tail -1 | cut -c1-90
ip link set mv1 type macvlan nopromisc
ip link set mv1 type macvlan mode passthru nopromisc
ip link add mv2 link veth0 type macvlan mode bridge bcqueuelen 5000
ip -d link show mv2 | tail -1 | cut -c1-70
ip -d link show mv1 | tail -1 | cut -c1-70
ip link del mv2
ip -d link show mv1 | tail -1 | cut -c1-70
ip link add br0 type bridge
ip link set mv1 master br0
ip link show mv1
ip -d link show mv1 | grep -o "bridge_slave state [a-z]*"
ip link set veth0 master br0
ip link add mv3 link br0 type macvlan
ip link set mv1 nomaster
ip link set veth0 master br0
ip link set veth0 nomaster
ip link add d0 link veth0 type macvlan mode private address 00:00:00:00:00:00
ip link add d0 link veth0 type macvlan mode private address 02:00:00:00:00:00:01
ip link add d0 link veth0 type macvlan mode private address zz
