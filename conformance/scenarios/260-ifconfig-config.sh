# 260-ifconfig-config: net-tools ifconfig listing and configuring devices in a namespace
# Pins down: `ifconfig` lists only UP devices, `-a` all of them (lo, veth, bridge, tun
# with `unspec` hardware and `(UNSPEC)`, tap), `ifconfig DEV ADDR netmask M up`
# (classful default netmask without one, broadcast derived), `broadcast B`, `ifconfig DEV
# down` (the connected route goes), `ifconfig DEV 0` removes the address, `-s` short
# table, the RUNNING flag following the carrier, errors for missing devices
# (`DEV: error fetching interface information: Device not found`, `SIOCSIFADDR: No such
# device`), a bad address (`ifconfig: error ...: Unknown host`), a netmask without an
# address set; a tun with a pointopoint peer (destination); a bridge is left down (once up it
# joins the all-snoopers group and sends an IGMP report).
ip netns add n
ip link add v0 netns n type veth peer name v1 netns n
ip -n n link add br0 type bridge
ip netns exec n ip tuntap add dev tn0 mode tun
ip netns exec n ip tuntap add dev tp0 mode tap
ip -n n link set dev tp0 address 02:00:00:00:00:0a
ip -n n link set dev v0 address 02:00:00:00:00:01
ip -n n link set dev v1 address 02:00:00:00:00:02
ip netns exec n sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip netns exec n sysctl -q -w net.ipv6.conf.default.disable_ipv6=1
ip netns exec n ifconfig
ip netns exec n ifconfig -a
ip netns exec n ifconfig v0 10.2.0.1 netmask 255.255.255.0 up
ip netns exec n ifconfig v0
ip netns exec n ifconfig v1 172.20.1.1 up
ip netns exec n ifconfig v1
ip netns exec n ip route
ip netns exec n ifconfig v1 172.20.1.1 netmask 255.255.255.128 broadcast 172.20.1.100
ip netns exec n ip addr show v1
ip netns exec n ifconfig -s
ip netns exec n ifconfig v1 down
ip netns exec n ifconfig v0
ip netns exec n ip route
ip netns exec n ifconfig v0 0
ip netns exec n ip addr show v0
ip netns exec n ifconfig tn0
ip netns exec n ifconfig tp0 up
ip netns exec n ifconfig tp0
ip netns exec n ifconfig tn0 10.9.0.1 pointopoint 10.9.0.2
ip netns exec n ifconfig tn0
ip netns exec n ifconfig nosuch
ip netns exec n ifconfig nosuch 10.0.0.1
ip netns exec n ifconfig v0 10.0.0.300
ip netns exec n ifconfig v0 netmask 255.0.0.0
ip netns exec n ifconfig v0 mtu 60
