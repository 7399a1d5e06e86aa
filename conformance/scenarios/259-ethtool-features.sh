# 259-ethtool-features: ethtool -k feature listings and -K changes on veth and bridge
# Pins down: the full `-k` list of a veth and a bridge with [fixed] markers, `-K` turning
# offloads off/on and the dependent features following (tx-checksumming vs
# tx-checksum-ip-generic, scatter-gather and TSO), `Could not change any device features`
# for a fixed feature, an unknown feature name, ethtool in a namespace.
ip netns add n
ip link add v0 type veth peer name v1 netns n
ethtool -k v0
ethtool -K v0 tso off
ethtool -k v0
ethtool -K v0 tx off
ethtool -k v0
ethtool -K v0 tx on tso on
ethtool -K v0 loopback on
ethtool -K v0 nosuchfeature on
ip netns exec n ethtool -k v1
ip link add br0 type bridge
ethtool -k br0
ethtool -k lo
