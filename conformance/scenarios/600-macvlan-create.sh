# 600-macvlan-create: macvlan devices on a veth, every mode, as ip -d link and ip -j show them
# Pins down: macvlan_common_newlink (default mode vepa, MTU and max MTU from the lower device, a macvlan on a
# macvlan takes the real lower device, passthru inherits the lower MAC), macvlan_fill_info / macvlan_print_opt
# (mode, nopromisc, bcqueuelen, usedbcqueuelen, remotes in source mode), name@lower, ip link del of a macvlan
# and of its lower device (the macvlans go with it), type filter of ip link show.
ip link add veth0 type veth peer name veth1
ip link add mv0 link veth0 type macvlan mode bridge
ip link add mv1 link veth0 type macvlan
ip link add link veth0 name mv2 type macvlan mode private
ip link add mv3 link veth0 type macvlan mode vepa
ip link add mv4 link veth0 type macvlan mode source
ip link add mv5 link mv0 type macvlan mode bridge
ip link add mvp link veth1 type macvlan mode passthru
ip -d link show mv0
ip -d link show mv1
ip -d link show mv2
ip -d link show mv4
ip -d link show mv5
ip -d link show mvp
ip -d -j link show mv0
ip -j -p link show mv2
ip link show type macvlan
ip -br link show
ip link set mv0 mtu 1400
ip link show mv0
ip link set veth0 mtu 1300
ip link show type macvlan
ip link del mv1
ip link show type macvlan
ip link del veth0
ip link show
