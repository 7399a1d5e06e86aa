# 277-ipv6-anycast-forwarding: the subnet-router anycast routes of a forwarding device
# Pins down: forwarding on a device adds "anycast PREFIX::" to table local for each address that
# finished DAD (none for /127 and /128, none for ::1), shared by addresses of the same prefix
# (it goes with the last of them), a tentative address joining when its DAD ends; all.forwarding
# reaches every device and default (a new device inherits it), off again removes them; a value
# other than 0/1 counts as on; the link going down takes them, up again brings them back after
# DAD; route get of the anycast address leaves by lo.
ip link add p0 address 02:00:00:00:02:01 type veth peer name p1 address 02:00:00:00:02:02
ip link set p0 up
ip link set p1 up
ip -6 addr add 2001:db8:5::1/64 dev p0
ip -6 addr add 2001:db8:5::2/64 dev p0
ip -6 addr add 2001:db8:6::1/127 dev p0 nodad
ip -6 addr add 2001:db8:7::1/120 dev p0 nodad
sleep 3
sysctl -w net.ipv6.conf.p0.forwarding=1
ip -6 route show table local
ip -6 addr del 2001:db8:5::1/64 dev p0
ip -6 route show table local
ip -6 addr del 2001:db8:5::2/64 dev p0
ip -6 route show table local
ip -6 addr add 2001:db8:8::1/64 dev p0
ip -6 route show table local
sleep 3
ip -6 route show table local
sysctl -w net.ipv6.conf.all.forwarding=1
ip -6 route show table local
sysctl -w net.ipv6.conf.all.forwarding=0
ip -6 route show table local
sysctl -w net.ipv6.conf.p1.forwarding=2
sysctl -w net.ipv6.conf.p1.forwarding=1
ip -6 route show table local
ip link set p1 down
ip -6 route show table local
ip link set p1 up
sleep 3
ip -6 route show table local
sysctl -w net.ipv6.conf.default.forwarding=1
ip link add p2 address 02:00:00:00:02:03 type veth peer name p3 address 02:00:00:00:02:04
ip link set p2 up
ip link set p3 up
sleep 3
ip -6 route show table local dev p2
ip -6 -d route show table local type anycast dev p2
ip -6 -j route show table local type anycast dev p2
ip -6 route get fe80:: dev p2
