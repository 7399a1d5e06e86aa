# 108-rule-iif-oif-devices: iif/oif rules and the devices they name
# Pins down: a rule naming a missing device shows [detached] and never matches; creating the
# device attaches it, renaming it away detaches it (and a device renamed to the name
# attaches), deleting it detaches again; the rule keeps the name; iif lo matches locally
# generated lookups (ip route get without iif), iif DEV matches input lookups, oif DEV
# matches lookups with that oif; moving the device to another namespace detaches it.
ip rule add pref 100 iif vethA table 10
ip rule add pref 101 oif vethB table 11
ip rule add pref 102 iif lo table 12
ip rule
ip route add 10.77.0.0/16 dev lo table 12
ip route get 10.77.0.1
ip link add vethA type veth peer name vethB
ip rule
ip link set vethA name vethC
ip rule
ip link set vethC name vethA
ip link set vethB name vethD
ip rule
ip link set vethD name vethB
ip rule
ip link set vethA up
ip link set vethB up
ip addr add 10.5.0.1/24 dev vethA
ip addr add 10.6.0.1/24 dev vethB
ip route add 10.88.0.0/16 via 10.5.0.2 table 10
ip route add 10.88.0.0/16 via 10.6.0.2 table 11
sysctl -w net.ipv4.ip_forward=1
ip route get 10.88.0.1 from 10.5.0.9 iif vethA
ip route get 10.88.0.1 from 10.6.0.9 iif vethB
ip route get 10.88.0.1 oif vethB
ip route get 10.88.0.1 oif vethA
ip netns add ns1
ip link set vethB netns ns1
ip rule
ip link del vethA
ip rule
ip -j rule show pref 100
ip rule del iif vethA
ip rule del oif vethB
ip rule
ip netns del ns1
