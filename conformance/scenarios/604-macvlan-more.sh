# 604-macvlan-more: macvlan on a bridge, created straight into a namespace, source-mode lists, addresses
# Pins down: a bridge as lower device (promiscuous through its unicast list, frames passed up to the
# macvlan), netdev_rx_handler_register's EBUSY both ways (macvlan on a bridge port, enslaving a macvlan's
# lower), ip link add ... netns NS, source mode macaddr add/del/set/flush and its "remotes" listing,
# changing a macvlan's MAC (busy and free), nopromisc in ip -d link, the lower's unicast list in bridge fdb.
ip netns add ns1
ip netns add out
ip link add br0 type bridge
ip link add vport type veth peer name vpeer
ip link set vport master br0
ip link set br0 up
ip link set vport up
ip link set vpeer up
ip addr add 192.168.50.1/24 dev br0
ip link add mvb link br0 netns ns1 type macvlan mode bridge
ip netns exec ns1 ip addr add 192.168.50.2/24 dev mvb
ip netns exec ns1 ip link set mvb up
ip link add vout type veth peer name vin netns out
ip link set vout master br0
ip link set vout up
ip netns exec out ip link set vin up
ip netns exec out ip addr add 192.168.50.3/24 dev vin
ping -q -c 2 -i 0.2 127.0.0.1 > /dev/null
ip netns exec out ping -c 1 -W 1 192.168.50.2
ip netns exec ns1 ping -c 1 -W 1 192.168.50.3
ip netns exec ns1 ping -c 1 -W 1 192.168.50.1
ip -d link show br0 | grep -o 'promiscuity [0-9]*'
ip link show br0
ip netns exec ns1 ip link show mvb
ip link add mvx link vport type macvlan
ip link add mvy link vpeer type macvlan
ip link set vpeer master br0
ip link add br1 type bridge
ip link set vpeer master br1
ip link add mvs link vpeer type macvlan mode source macaddr add 02:11:22:33:44:55
ip -d link show mvs
ip link set mvs type macvlan macaddr add 02:11:22:33:44:66
ip -d link show mvs
ip -j -d link show mvs
ip link set mvs type macvlan macaddr del 02:11:22:33:44:55
ip -d link show mvs
ip link set mvs type macvlan macaddr set 02:00:00:00:00:0a 02:00:00:00:00:0b
ip -d link show mvs
ip link set mvs type macvlan macaddr flush
ip -d link show mvs
ip link set mvy type macvlan macaddr add 02:11:22:33:44:55
ip link set mvy type macvlan mode source
ip link set mvy type macvlan macaddr add 02:11:22:33:44:55
ip -d link show mvy
ip link add mvn link vport type macvlan mode passthru nopromisc
ip link add mvn link br1 type macvlan mode passthru flag nopromisc
ip -d link show mvn
ip -j -d link show mvn
ip link set mvy address 02:00:00:00:00:0c
ip link set mvy up
ip link set mvs address 02:00:00:00:00:0c
ip link set mvs up
ip link set mvs address 02:00:00:00:00:0c
ip link set mvs address 02:00:00:00:00:0d
ip link show mvs
bridge fdb show dev vpeer
ip link set mvy type macvlan bcqueuelen 50
ip link set mvs type macvlan bcqueuelen 200
ip -d link show mvy
ip link set mvs type macvlan bcqueuelen -1
ip link del mvs
ip link del mvy
ip link show vpeer
ip link del br0
ip netns exec ns1 ip link show
