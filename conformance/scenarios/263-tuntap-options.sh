# 263-tuntap-options: ip tuntap add with user/group/multi_queue/pi/vnet_hdr and how they show
# Pins down: `ip tuntap show` flag words (tun/tap, one_queue? pi off by default =
# `no_pi` absent, `vnet_hdr`, `multi_queue`, `persist`, `user N`, `group N`), `ip -d link
# show` tun fields (`tun type tun pi off vnet_hdr off persist on user 1000 ...`), sysfs
# tun_flags/owner/group, `ip tuntap list` and `show dev`, `ip tuntap del` with the
# matching and the other mode's flags, numeric and named users/groups.
ip tuntap add dev t1 mode tun
ip tuntap add dev t2 mode tap user 1000
ip tuntap add dev t3 mode tap group 1000
ip tuntap add dev t4 mode tun user 0 group 0
ip tuntap add dev t5 mode tun pi
ip tuntap add dev t6 mode tap vnet_hdr
ip tuntap add dev t7 mode tap multi_queue
ip tuntap add dev t8 mode tun one_queue
ip tuntap add dev t9 mode tap user root group root
ip tuntap show
ip tuntap list
ip tuntap show dev t2
ip tuntap show mode tap
ip -d link show t1
ip -d link show t2
ip -d link show t3
ip -d link show t5
ip -d link show t6
ip -d link show t7
cat /sys/class/net/t1/tun_flags
cat /sys/class/net/t5/tun_flags
cat /sys/class/net/t6/tun_flags
cat /sys/class/net/t7/tun_flags
cat /sys/class/net/t2/owner
cat /sys/class/net/t2/group
cat /sys/class/net/t3/group
ip tuntap del dev t7 mode tap
ip tuntap del dev t7 mode tap multi_queue
ip tuntap del dev t5 mode tun
ip tuntap show
ip -br link show type tun
