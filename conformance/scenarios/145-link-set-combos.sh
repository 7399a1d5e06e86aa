# 145-link-set-combos: several changes in one ip link set, and their errors
# Pins down: mtu + address + txqlen + alias + up in one command, a failing part (bad MTU)
# after a good one (the kernel applies in do_setlink order: netns, address, mtu, group,
# name, alias, broadcast, flags, master, txqlen), name + netns together (the device arrives
# under the new name), "dev" spelled out, duplicate arguments, missing values, unknown words,
# ip link set without a device, an ip link show of a changed device in -d and -j forms.
ip netns add ns1
ip link add veth0 type veth peer name veth1
ip link set dev veth0 mtu 9000 address 02:00:00:00:00:aa txqlen 50 alias first up
ip -d link show veth0
ip link set dev veth0 address 02:00:00:00:00:bb mtu 70000
ip link show veth0
ip link set dev veth0 mtu 1280 address 01:00:00:00:00:bb
ip link show veth0
ip link set veth0 mtu 1400 mtu 1500
ip link set veth0 txqlen 5 qlen 6
ip link set veth0 group 1 group 2
ip link set veth0 mtu
ip link set veth0 frobnicate
ip link set mtu 1400
ip link set
ip link set veth1 name peer1 netns ns1
ip -n ns1 link show peer1
ip link set veth0 down alias second
ip -j link show veth0
ip link set veth0 name veth0 mtu 1500
ip link show veth0
