# 267-ethtool-features-offsets: where ethtool -K's errors point, and a bridge over unlike ports
# Pins down: the netlink offset of an unknown feature name after other names (legacy flags
# expand to every feature they stand for, "on" adds a value attribute, a longer device name
# moves it), an unknown name before a driver-only feature, a refused feature beside a changed
# one, a bridge's own -K before and after it gets ports, a bridge over a veth and a tap
# (offloads only one port has, the tap's missing checksums), a port leaving.
ip link add v0 type veth peer name longername12
ethtool -K v0 tso off nosuch on
ethtool -K v0 nosuch on tso off
ethtool -K v0 sg off nosuch on tso off
ethtool -K v0 tx-checksum-ip-generic off nosuch on
ethtool -K v0 foo on bar off
ethtool -K longername12 nosuch on
ethtool -K v0 vlan-challenged on nosuch on
ethtool -K v0 nosuch on vlan-challenged on
ethtool -K v0 loopback on tso off
ethtool -K v0 tso on
ip link add br0 type bridge
ethtool -K br0 tso off
ip link set v0 master br0
ethtool -K br0 tx-gso-robust on
ip tuntap add tap0 mode tap
ip link set tap0 master br0
ethtool -k br0
ip link set v0 nomaster
ethtool -k br0
ip link del tap0
ethtool -k br0
