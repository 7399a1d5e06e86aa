# 530-ip-route-save-restore: ip route save/restore/showdump round trip, sizes of the saved stream, restore errors
# Pins down: the magic and RTM_NEWROUTE messages save writes (byte counts per selector), restore's three passes,
# "File exists" reported and passed over, "No such device" ending the restore with status 2, ip -n restore, magic mismatch texts
ip route restore < /dev/null
ip route showdump < /dev/null
ip route save | wc -c
ip link add v0 type veth peer name v1
ip addr add 10.0.0.1/24 brd + dev v0
ip addr add 10.0.0.7/24 dev v0 label v0:1
ip addr add 192.168.5.5 peer 192.168.5.6 dev v1
ip link set v0 up
ip link set v1 up
ip route add 10.9.0.0/16 via 10.0.0.2 proto static
ip route add 10.7.0.0/16 via 10.0.0.2 table 100
ip route add blackhole 10.6.0.0/16
ip route add unreachable 10.5.0.0/16 metric 5
ip route add 10.4.0.0/16 dev v0 src 10.0.0.7 tos 0x10 advmss 1300 mtu lock 1300 rtt 10 hoplimit 7
ip route save > /tmp/r; wc -c < /tmp/r
ip route save table local | wc -c
ip route save table 100 | wc -c
ip route save dev v0 | wc -c
ip route save proto static | wc -c
ip route save bogus | wc -c
ip route showdump < /tmp/r
cat /tmp/r | ip route showdump | wc -l
head -c 30 /tmp/r | ip route showdump; echo rc=$?
cat /tmp/r | ip route restore; echo rc=$?
ip route flush table main
ip route restore < /tmp/r; echo rc=$?
ip route
ip route restore < /tmp/r; echo rc=$?
ip netns add n1
ip -n n1 route restore < /tmp/r; echo rc=$?
ip -n n1 route
ip link del v0
ip route restore < /tmp/r; echo rc=$?
ip route
ip route showdump < /tmp/r
