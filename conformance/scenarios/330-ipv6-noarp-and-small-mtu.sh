# 330-ipv6-noarp-and-small-mtu: IPv6 on tun/tap and on a link below the IPv6 minimum MTU
# Pins down: an up tap without a program has no carrier and no link-local; a tun (NOARP,
# point-to-point) takes a global address and its routes but joins no solicited-node group, so no
# MLD report is even attempted (no tx drop); a veth at MTU 1200 has no IPv6 (no link-local, no
# conf directory value); raised to 1500 it gets IPv6 back with a fresh link-local.
ip tuntap add tap0 mode tap
ip link set tap0 up
ip -6 addr show dev tap0
ip tuntap add tun0 mode tun
ip link set tun0 up
ip addr add 10.8.0.1/24 dev tun0
ip -6 addr add 2001:db8:8::1/64 dev tun0
ip -6 addr show dev tun0
ip -6 route show dev tun0
ip -6 route show table local dev tun0
ip -s link show tun0
ip link add d0 type veth peer name d1
ip link set d0 mtu 1200
ip link set d0 up
ip link set d1 up
sleep 2
ip -6 addr show dev d0
ip link set d0 mtu 1500
sleep 2
ip -6 addr show dev d0
sysctl net.ipv6.conf.d0.mtu
