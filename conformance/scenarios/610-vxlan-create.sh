# 610-vxlan-create: vxlan devices with their options as ip -d link and ip -j show them, and what is refused
# Pins down: vxlan_parse_opt (iproute2 6.1: the missing-dstport warning and the kernel default 8472, id
# range, group/remote checks, group needs dev, TTL/port parsing, duplicates, unknown words, help),
# vxlan_nl2conf/vxlan_config_validate (VNI in use per port, the lower device's MTU less 50, TSO limit),
# vxlan_changelink (VNI and port cannot change, remote/ttl/learning can), vxlan_change_mtu, print order.
ip link add eth0 type veth peer name eth1
ip addr add 10.0.0.1/24 dev eth0
ip link add vx0 type vxlan id 42 dstport 4789 remote 10.0.0.2 local 10.0.0.1 dev eth0
ip -d link show vx0
ip -d -j link show vx0
ip link add vx1 type vxlan id 43
ip -d link show vx1
ip link add vx2 type vxlan id 44 dstport 0 group 239.1.1.1 dev eth0 ttl 10
ip -d link show vx2
ip link add vx3 type vxlan dstport 4789
ip link add vx3 type vxlan id 16777216 dstport 4789
ip link add vx3 type vxlan id 42 dstport 4789 remote 10.0.0.3
ip link add vx3 type vxlan id 45 dstport 4789 group 239.1.1.1
ip link add vx3 type vxlan id 45 dstport 4789 group 10.1.1.1 dev eth0
ip link add vx3 type vxlan id 45 dstport 4789 remote 239.1.1.1
ip link add vx3 type vxlan id 45 dstport 4789 remote 10.0.0.2 group 239.1.1.1 dev eth0
ip link add vx3 type vxlan id 45 dstport 4789 ttl 300
ip link add vx3 type vxlan id 45 dstport 4789 ttl abc
ip link add vx3 type vxlan id 45 dstport 4789 bogus
ip link add vx3 type vxlan id 45 dstport 4789 dev nosuch
ip link add vx3 type vxlan id 45 dstport 4789 id 46
ip link add vx3 type vxlan id 45 dstport 99999
ip link add vx3 type vxlan id 45 dstport 4789 local 10.0.0.1 remote fe80::1
ip link add vx3 type vxlan id 45 dstport 4789 nolearning ttl auto tos inherit ageing 100 maxaddress 10 srcport 1000 2000 noudpcsum
ip -d link show vx3
ip link add vx4 type vxlan id 46 dstport 4789 help
ip link add vx5 type vxlan id 42 dstport 4789
ip link add vx5 type vxlan id 42 dstport 4790
ip link add vx6 type vxlan id 47 dstport 4789 local 10.0.0.99
ip link add vx7 type vxlan id 48 dstport 4789 dev lo
ip link add vx8 type vxlan external dstport 4789
ip -d link show vx8
ip link add vx9 type vxlan id 50 dstport 4789 ttl inherit learning proxy l2miss l3miss
ip -d link show vx9
ip link set vx0 type vxlan ttl 20
ip link set vx0 type vxlan id 99
ip link set vx0 type vxlan remote 10.0.0.5
ip link set vx0 type vxlan dstport 5000
ip link set vx0 type vxlan nolearning
ip -d link show vx0
ip link set vx0 mtu 1500
ip link set vx0 mtu 65535
ip link set vx0 mtu 70000
ip link show
