# 266-ethtool-features-parse: how ethtool -K reads its words, and features across rename and namespaces
# Pins down: the hidden ufo flag (short, long and raw name), an unknown name with a bad value,
# a trailing name without value, the same feature twice (the last wins), case of names, raw
# names of fixed and non-ethtool features, -k/-K with no device or extra words, features of a
# veth kept across a rename and a move into another namespace, a dummy-less lab's lo in a namespace.
ip netns add n
ip link add v0 type veth peer name v1
ethtool -K v0 ufo off
ethtool -K v0 udp-fragmentation-offload on
ethtool -K v0 tx-udp-fragmentation on
ethtool -K v0 nosuch maybe
ethtool -K v0 tso off gso
ethtool -K v0 tso off tso on
ethtool -K v0 TSO off
ethtool -K v0 rx-vlan-filter on
ethtool -K v0 netns-local on
ethtool -K v0 tx-lockless on
ethtool -K v0 fcoe-mtu on
ethtool -k
ethtool -K
ethtool -k v0 extra
ethtool -K v0 gro on rx-gro-list on
ethtool -K v0 rx-udp-gro-forwarding on
ip link set v0 name w0
ip link set w0 netns n
ip netns exec n ethtool -k w0
ip netns exec n ethtool -k lo
ip netns exec n ethtool -K lo tso off sg off
ip netns exec n ethtool -K lo tx off
ip netns exec n ethtool -k lo
