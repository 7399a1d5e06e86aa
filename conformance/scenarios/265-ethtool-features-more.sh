# 265-ethtool-features-more: ethtool -k/-K on tun and tap, dependent offloads, bridges following their ports
# Pins down: the feature lists of a tun and a tap device (no offloads set by a program),
# sg off and the segmentation it carries, several features in one -K, long legacy names and raw
# feature names, a request that changes nothing, a fixed feature, a missing or bad value, -K
# without features, an unknown device for -k and -K, the --show-features/--offload spellings,
# a bridge's features recomputed from its ports (a port's tx off, the port leaving again).
ip tuntap add tap0 mode tap
ip tuntap add tun0 mode tun
ethtool -k tap0
ethtool -k tun0
ip link add v0 type veth peer name v1
ethtool -K v0 sg off
ethtool -k v0
ethtool -K v0 sg on gso off gro on rx off
ethtool -k v0
ethtool -K v0 tso off
ethtool -K v0 tso off
ethtool -K v0 tx-checksum-ip-generic off
ethtool -K v0 tcp-segmentation-offload on
ethtool -K v0 tx-tcp-segmentation on tx-checksum-ip-generic on
ethtool -K v0 highdma off
ethtool -K v0 vlan-challenged on
ethtool -K v0 tso
ethtool -K v0 tso maybe
ethtool -K v0
ethtool -k nosuch0
ethtool -K nosuch0 tso off
ethtool --show-features v1
ethtool --offload v1 tso off
ip link add br0 type bridge
ip link set v1 master br0
ethtool -k br0
ethtool -K v1 tx off
ethtool -k br0
ip link set v1 nomaster
ethtool -k br0
