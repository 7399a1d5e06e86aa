# 531-ip-addr-save-restore: ip addr save/restore/showdump, IPv4 and IPv6 addresses, restore errors
# Pins down: RTM_NEWADDR sizes (labels, broadcast, IPv6 cacheinfo/flags/proto), showdump's "ifN:" listing,
# "Address already assigned" passed over, "Device not found" ending the restore with 255, ip -n restore
ip addr restore < /dev/null
ip addr showdump < /dev/null
ip addr save | wc -c
ip -4 addr save | wc -c
ip link add v0 type veth peer name v1
ip addr add 10.0.0.1/24 brd + dev v0
ip addr add 10.0.0.7/24 dev v0 label v0:1
ip addr add 192.168.5.5 peer 192.168.5.6 dev v1
ip addr add 10.1.0.1/16 dev v1 metric 30 valid_lft 300 preferred_lft 200
ip -4 addr save > /tmp/a; wc -c < /tmp/a
ip addr save dev v0 | wc -c
ip addr save dev nosuch | wc -c
ip -6 addr save | wc -c
ip addr showdump < /tmp/a
ip route showdump < /tmp/a
ip addr flush dev v0
ip addr restore < /tmp/a; echo rc=$?
ip -4 addr show dev v0
ip addr restore < /tmp/a; echo rc=$?
ip netns add n1
ip -n n1 addr restore < /tmp/a; echo rc=$?
ip -n n1 -4 addr
ip link del v0
ip addr restore < /tmp/a; echo rc=$?
