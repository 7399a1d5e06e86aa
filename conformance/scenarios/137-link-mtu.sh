# 137-link-mtu: MTU limits per device type
# Pins down: veth 68..65535, bridge 68..65535 (an explicit mtu is kept, ports limit it),
# lo 0..? (lo takes small values), tun 68..65535, the extack texts "mtu less than device
# minimum" / "mtu greater than device maximum", the mtu parse error, mtu on add (veth
# and its peer separately), ip -d minmtu/maxmtu, sysfs mtu.
ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ip tuntap add dev tun0 mode tun
ip link set veth0 mtu 67
ip link set veth0 mtu 68
ip link set veth0 mtu 65535
ip link set veth0 mtu 65536
ip link set veth0 mtu 0
ip link set veth0 mtu -5
ip link set veth0 mtu 1e3
ip link set veth0 mtu 9000
ip link show veth0
ip link show veth1
ip link set br0 mtu 67
ip link set br0 mtu 65536
ip link set br0 mtu 9000
ip link show br0
ip link set veth1 master br0
ip link show br0
ip link set tun0 mtu 67
ip link set tun0 mtu 65536
ip link set tun0 mtu 65535
ip link show tun0
ip link set lo mtu 67
ip -d link show lo
ip link set lo mtu 0
ip link show lo
ip link set lo mtu 65536
ip link set lo mtu 2147483647
ip link show lo
ip link add veth2 mtu 9000 type veth peer name veth3 mtu 1400
ip link show veth2
ip link show veth3
ip link add veth4 mtu 67 type veth peer name veth5
ip link add veth4 type veth peer name veth5 mtu 70000
ip link show veth4
ip -d link show veth2
cat /sys/class/net/veth2/mtu
ip link add dummyx mtu 1500 type veth peer name veth9 mtu 60
