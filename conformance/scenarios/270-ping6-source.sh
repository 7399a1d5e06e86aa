# 270-ping6-source: ping -I with an IPv6 source, a device, both, or an IPv4 address, and lo's addresses
# Pins down: -I ADDR binds the source (a foreign one fails in bind with its own text), the
# header's "from ADDR : " form, -I twice (source and device, the device bind then loses the
# local reply), an IPv4 -I ignored by an IPv6 ping (the chosen source shows), the device-only
# warning; addresses on lo need no DAD (usable at once, local route in place).
ip link set lo up
ip link add v0 type veth peer name v1
ip link set v0 up
ip link set v1 up
ip -6 addr add 2001:db8:1::1/64 dev v0 nodad
ip -6 addr add 2001:db8:7::1/64 dev lo
ip -6 addr show dev lo
ip -6 route show table local
ping -c 1 -W 1 2001:db8:7::1
ping -c 1 -W 1 -I 2001:db8:5::1 2001:db8:1::2
ping -c 1 -W 1 -I 2001:db8:7::1 2001:db8:1::1
ping -c 1 -W 1 -I 2001:db8:7::1 -I v0 2001:db8:1::1
ping -c 1 -W 1 -I 2001:db8:1::1 ::1
ping -c 1 -W 1 -I ::1 2001:db8:1::1
ping -c 1 -W 1 -I 127.0.0.1 ::1
ping -c 1 -W 1 -I v0 2001:db8:1::1
ping -c 1 -W 1 -I 2001:db8:zz::1 ::1
