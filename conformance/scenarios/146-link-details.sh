# 146-link-details: ip -d link / ip -d addr fields per device type, and the alias line
# Pins down: promiscuity/allmulti/minmtu/maxmtu, the kind line (veth, bridge with its
# options, tun with its options, none for lo), addrgenmode, numtxqueues/numrxqueues,
# gso/tso/gro sizes; the alias line in ip link, in ip -d addr, not in plain ip addr;
# group names in the first line; -d -j keys; -o link with an alias.
ip link add veth0 type veth peer name veth1
ip tuntap add dev tap0 mode tap
ip link set veth0 alias "to tap"
ip link set veth0 group 9
ip -d link show veth0
ip -d link show lo
ip -d link show tap0
ip addr show dev veth0
ip -d addr show dev veth0
ip -o link show dev veth0
ip -d -j link show veth0
ip -br link show veth0
ip link show group 9
ip addr show group 9
ip -4 -d addr show dev veth0
