# 311-ping-bound-device: ping -I DEVICE towards local addresses, and unusual destinations
# Pins down: a packet to a local address loops through lo but arrives "on" the device of the
# local route (rt_iif = FIB_RES_OIF), so -I eth5 to eth5's own address gets its reply while
# -I lo to it does not; iputils warns when the device has no address equal to the chosen source
# ("source address might be selected on device other than"); ping 0 / 0.0.0.0 pings the source
# address it picked (127.0.0.1); 255.255.255.255 is a broadcast on the default route's device
# (needs -b, then the broadcast warning).
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip link add eth5 type veth peer name eth6
ip addr add 192.0.2.1/24 dev eth5
ip link set eth5 up
ip link set eth6 up
ip link set lo up
# settle: carrier/operstate changes are applied by the kernel's link watcher
ping -q -c 2 -i 0.2 127.0.0.1
ping -c 1 -I eth5 192.0.2.1
ping -c 1 -W 1 -I lo 192.0.2.1
ping -c 1 -W 1 -I eth6 192.0.2.1
ping -c 1 -I 192.0.2.1 127.0.0.1
ping -c 1 -I 127.0.0.1 192.0.2.1
ping -c 1 -W 1 -I lo 192.0.2.2
ping -c 1 0
ping -c 1 0.0.0.0
ping -c 1 -W 1 255.255.255.255
ip route add default via 192.0.2.2
ping -c 1 -W 1 255.255.255.255
ping -c 1 -W 1 -b 255.255.255.255
ip addr add 192.0.2.5/24 dev eth5 label eth5:1
ping -c 1 -I eth5 192.0.2.5
