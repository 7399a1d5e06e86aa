# 619-linktypes-generic-attrs: the generic parts of RTM_NEWLINK around the new kinds
# Pins down: ip link set DEV type KIND on a device of another kind (EOPNOTSUPP, but a kind without data),
# txqueuelen/index/numtxqueues at creation (rtnl_create_link), rename and alias of a macvlan, a vxlan's VNI
# free again once the device is deleted, ip -br link.
ip link add veth0 type veth peer name veth1
ip link add mv0 link veth0 type macvlan
ip link add vx0 type vxlan id 5 dstport 4789
ip link set veth0 type macvlan mode bridge
ip link set veth0 type vxlan ttl 5
ip link set mv0 type vxlan id 5
ip link set mv0 type bridge stp_state 1
ip link set vx0 type macvlan mode vepa
ip link set mv0 type veth
ip link add mv1 link veth0 txqueuelen 200 type macvlan
ip link add mv2 link veth0 index 50 type macvlan
ip link add mv3 link veth0 numtxqueues 4 type macvlan
ip link show mv1
ip link show mv2
ip -d link show mv3 | grep -o "numtxqueues [0-9]* numrxqueues [0-9]*"
ip link set mv0 address 02:00:00:00:00:0e
ip link set mv0 name mvx
ip link set mvx alias hello
ip link show mvx
ip link set vx0 name vxy
ip -d link show vxy | head -2
ip link add vx2 type vxlan id 5 dstport 4789
ip link set vxy down
ip link del vxy
ip link add vx2 type vxlan id 5 dstport 4789
ip -br link
