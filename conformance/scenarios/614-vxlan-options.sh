# 614-vxlan-options: more vxlan options and their refusals, at creation and on change; ethtool and sysfs
# Pins down: vxlan_validate (source port range, MTU range, unicast address), vxlan_config_validate (label
# only for IPv6), IFLA_MTU clamped to the lower less 50, tos/df/ageing none/maxaddress printing, the flags
# changelink may not change (vxlan: cannot change X flag), limit and port range fixed, local/dev changed,
# ip link show type vxlan, ethtool -i, /sys/class/net of a vxlan, the namespace teardown.
ip link add eth0 type veth peer name eth1
ip link set eth0 mtu 9000
ip link add vx0 mtu 9100 type vxlan id 10 dstport 4789 dev eth0
ip link add vx1 type vxlan id 11 dstport 4789 srcport 2000 1000
ip link add vx1 type vxlan id 11 dstport 4789 flowlabel 5
ip link add vx1 mtu 60 type vxlan id 11 dstport 4789
ip link add vx1 type vxlan id 11 dstport 4789 address 01:02:03:04:05:06
ip link add vx1 type vxlan id 11 dstport 4789 external
ip link add vx1 type vxlan dstport 4789 vnifilter
ip link add vx1 type vxlan dstport 4789 external vnifilter
ip link add vx2 type vxlan id 12 dstport 4789 tos 0x10 df set ageing 0 maxaddress 5 ttl 1
ip link add vx3 type vxlan id 13 dstport 4789 tos 0x10 df inherit learning learning
ip link add vx3 type vxlan id 13 dstport 4789 df maybe
ip link add vx3 type vxlan id 0 dstport 4789 address 02:00:00:00:00:03
ip -d link show vx0
ip -d link show vx2
ip -j -d link show vx2
ip -d link show vx3
ip link show type vxlan
ip link set vx2 type vxlan ttl inherit
ip link set vx2 type vxlan proxy
ip link set vx2 type vxlan maxaddress 6
ip link set vx2 type vxlan srcport 1 2
ip link set vx2 type vxlan noudpcsum
ip link set vx2 type vxlan ageing 100 local 10.1.1.1 dev eth1 tos inherit df unset
ip -d link show vx2
ip link set vx2 type vxlan group 239.2.2.2
ip -d link show vx2
ip link set vx2 mtu 8950 type vxlan ttl 9
ip link set vx0 mtu 8950
ip link set vx0 mtu 8951
ethtool -i vx0
cat /sys/class/net/vx0/type /sys/class/net/vx0/iflink /sys/class/net/vx0/flags /sys/class/net/vx0/mtu
ip link del vx0
ip link del eth0
ip link show
