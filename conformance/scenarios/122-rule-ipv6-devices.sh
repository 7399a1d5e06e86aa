# 122-rule-ipv6-devices: IPv6 rules naming devices, and IPv6 rule fields in JSON
# Pins down: ip -6 rule iif/oif with missing devices are [detached], a device created with
# the name attaches, a rename detaches (the rule keeps the old name), deleting detaches;
# IPv4 rules with the same names are separate; ip -6 -j -p layout of such rules; the
# IPv6 auto preference counts down from main (32765, 32764, ...).
ip -6 rule add iif vethX table 5
ip -6 rule add oif vethY table 6
ip rule add iif vethX table 7
ip -6 rule
ip link add vethX type veth peer name vethY
ip -6 rule
ip rule
ip link set vethX name vethZ
ip -6 rule
ip link set vethZ name vethX
ip -6 rule show iif vethX
ip link del vethX
ip -6 rule
ip -6 -j -p rule show table 5
ip -6 rule add from 2001:db8:5::/48 iif lo tos 0x10 fwmark 0x3/0x3 ipproto tcp dport 443 table 9
ip -6 -j rule show table 9
ip -6 rule show table 9
