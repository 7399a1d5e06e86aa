# 258-ethtool-devices: ethtool's views of veth, bridge, tun, tap and lo devices
# Pins down: `ethtool DEV` settings blocks (veth 10000Mb/s Full, bridge/tun/tap Unknown
# speed, `Link detected` following the carrier), `-i` driver/version/bus-info and the
# supports-* lines per driver (veth, bridge, tun, loopback), `-S` statistics (veth
# peer_ifindex and queue counters; not supported elsewhere), `-k` feature lists,
# `-g` ring parameters (veth answers, others not), `-l` channels (veth), `-P` permanent
# address, errors for devices that do not exist.
ip link add v0 type veth peer name v1
ip link add br0 type bridge
ip tuntap add dev tp0 mode tap
ip tuntap add dev tn0 mode tun
ethtool v0
ip link set v0 up
ip link set v1 up
# settle: carrier
ping -q -c 2 -i 0.2 127.0.0.1
ethtool v0
ethtool -i v0
ethtool -S v0
ethtool -g v0
ethtool -l v0
ethtool -P v0
ethtool br0
ethtool -i br0
ethtool -S br0
ethtool -g br0
ethtool tp0
ethtool -i tp0
ethtool -i tn0
ethtool -S tp0
ethtool lo
ethtool -i lo
ethtool nosuch
ethtool -i nosuch
ethtool -S nosuch
