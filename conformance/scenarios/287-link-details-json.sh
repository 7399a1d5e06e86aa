# 287-link-details-json: ip -j -p -d link for a bridge, its ports and other device types
# Pins down: print_linktype's JSON shape: linkinfo.info_kind and info_data (the bridge's
# IFLA_BR_* with timers as bare numbers, group_fwd_mask as a "%#x" string), info_slave_kind
# "bridge" (text "bridge_slave") and info_slave_data (port flags as booleans, no second
# fastleave key), a veth without info_data, tun/tap info_data, lo without linkinfo; the same
# compact (-j -d); -s -s extended counters; a group_fwd_mask that is not 0.
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link set br0 address 02:00:00:00:00:01
ip link add v0 type veth peer name v1
ip link set v0 address 02:00:00:00:00:10
ip link set v1 address 02:00:00:00:00:11
ip link set v0 master br0
ip tuntap add dev tp0 mode tap
ip link set tp0 address 02:00:00:00:00:20
ip tuntap add dev tn0 mode tun
ip -j -p -d link show br0
ip -j -p -d link show v0
ip -j -d link show v0
ip -j -p -d link show v1
ip -j -p -d link show tp0
ip -j -p -d link show tn0
ip -j -p -d link show lo
ip link set br0 type bridge group_fwd_mask 0x4008 priority 100
ip -j -d link show br0
ip -d link show br0
ip -j -p -s -s link show v1
