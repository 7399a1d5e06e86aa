# 113-rule-mark-uid-tos: fwmark, uidrange and tos selectors on ip route get
# Pins down: fwmark N compares all bits, N/MASK only the mask's bits, fwmark 0/MASK selects
# unmarked traffic; route get shows "mark 0x..", "uid N"; a uid range is inclusive, default
# uid 0; the tos selector compares the flow's tos bits (0x1c), so tos 0x10 does not match
# 0x14; not inverts a rule; ip route get for an input lookup carries the mark as well.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip route add default via 10.0.0.10 table 10
ip route add default via 10.0.0.11 table 11
ip route add default via 10.0.0.12 table 12
ip route add default via 10.0.0.13 table 13
ip route add default via 10.0.0.14 table 14
ip rule add pref 10 fwmark 0x5 table 10
ip rule add pref 11 fwmark 0x100/0xf00 table 11
ip rule add pref 12 uidrange 1000-1999 table 12
ip rule add pref 13 tos 0x10 table 13
ip rule add pref 14 not fwmark 0/0xffff0000 table 14
ip route get 8.8.8.8
ip route get 8.8.8.8 mark 5
ip route get 8.8.8.8 mark 0x15
ip route get 8.8.8.8 mark 0x1100
ip route get 8.8.8.8 mark 0x1200
ip route get 8.8.8.8 mark 0x10000
ip route get 8.8.8.8 uid 1000
ip route get 8.8.8.8 uid 1999
ip route get 8.8.8.8 uid 2000
ip route get 8.8.8.8 uid 999
ip route get 8.8.8.8 tos 0x10
ip route get 8.8.8.8 tos 0x14
ip route get 8.8.8.8 dsfield 0x30
ip route get 8.8.8.8 mark 0x5 uid 1500
ip rule add pref 5 uidrange 0-0 unreachable
ip route get 8.8.8.8
ip route get 8.8.8.8 uid 1
ip rule del pref 5
sysctl -w net.ipv4.ip_forward=1
ip route get 8.8.8.8 from 10.0.0.2 iif veth0
ip route get 8.8.8.8 from 10.0.0.2 iif veth0 mark 5
ip route get 8.8.8.8 from 10.0.0.2 iif veth0 mark 0x100
ip route get 8.8.8.8 mark bogus
ip route get 8.8.8.8 uid bogus
ip route get 8.8.8.8 tos bogus
