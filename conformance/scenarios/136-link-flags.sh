# 136-link-flags: the IFF_ flags ip link set changes
# Pins down: arp off sets NOARP (and the link line stays), multicast off clears MULTICAST,
# promisc on / allmulticast on show PROMISC / ALLMULTI and count in promiscuity/allmulti
# of ip -d (a bridge port counts without the flag), dynamic, trailers; several flags in one
# command; sysfs flags in hex after each; on/off errors; the flags of lo.
ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ip link set veth0 arp off
ip link show veth0
cat /sys/class/net/veth0/flags
ip link set veth0 arp on multicast off
ip link show veth0
cat /sys/class/net/veth0/flags
ip link set veth0 multicast on promisc on allmulticast on
ip link show veth0
cat /sys/class/net/veth0/flags
ip -d link show veth0
ip link set veth0 promisc off allmulticast off
ip link set veth1 master br0
ip -d link show veth1
ip link show veth1
cat /sys/class/net/veth1/flags
ip link set veth1 promisc on
ip -d link show veth1
ip link set veth1 nomaster
ip -d link show veth1
ip link set veth1 dynamic on
ip link show veth1
ip link set veth1 dynamic off trailers off
ip link show veth1
ip link set veth1 trailers on
ip link set veth0 arp maybe
ip link set veth0 promisc
ip link set lo arp off
ip link show lo
ip link set lo arp on
ip link set veth0 up arp off
ip link show veth0
cat /sys/class/net/veth0/flags
ip -j link show veth0
