# 601-macvlan-errors: what ip and the kernel refuse for type macvlan, with exit codes, and that nothing changes
# Pins down: macvlan_parse_opt errors (mode, flag, unknown option, help, missing argument, nopromisc outside
# passthru), the kernel's EINVAL without IFLA_LINK, on lo, MTU above the lower's, passthru next to other
# macvlans and other macvlans next to a passthru one, changing to or from passthru, an unknown lower device
# (ip's own lookup), a name in use, a MAC already in use when the device is opened (EBUSY).
ip link add veth0 type veth peer name veth1
ip link add mv0 link veth0 type macvlan mode bridge
ip link add mvx type macvlan
ip link add mvx link nosuch type macvlan
ip link add mvx link lo type macvlan
ip link add mvx link veth0 type macvlan mode foo
ip link add mvx link veth0 type macvlan mode
ip link add mvx link veth0 type macvlan flag foo
ip link add mvx link veth0 type macvlan bogus
ip link add mvx link veth0 type macvlan help
ip link add mvx link veth0 type macvlan nopromisc
ip link add mvx link veth0 type macvlan mode bridge flag nopromisc
ip link add mvx link veth0 type macvlan mode passthru
ip link add mvx link veth0 mtu 9000 type macvlan
ip link add mv0 link veth0 type macvlan
ip link add mvp link veth1 type macvlan mode passthru nopromisc
ip link add mvy link veth1 type macvlan mode bridge
ip link add mvy link veth1 type macvlan mode passthru
ip link set mv0 type macvlan mode passthru
ip link set mvp type macvlan mode bridge
ip link set mv0 mtu 9000
ip link set mv0 type macvlan mode bogus
ip link add mvz link veth0 address 02:00:00:00:00:01 type macvlan
ip link add mvw link veth0 address 02:00:00:00:00:01 type macvlan
ip link set mvz up
ip link set mvw up
ip link add mvq link veth0 address 01:00:00:00:00:01 type macvlan
ip link show type macvlan
ip link del veth0
ip link show
