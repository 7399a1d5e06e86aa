# 179-sysctl-conf-inherit: all / default / per-device IPv4 conf directories
# Pins down: the defaults of all, default and lo (accept_source_route 1 in default and devices,
# lo's disable_policy/disable_xfrm); a new device copies "default" as it is at creation time
# (later default changes do not reach it); writing conf.all.forwarding (the same variable as
# ip_forward) sets default and every device to the value as written (2 stays 2) and clears
# all.accept_redirects; writing the same value again resets nothing; default.forwarding and
# DEV.forwarding change only themselves; all.rp_filter does not overwrite device values;
# a renamed device's directory follows it with its values; a deleted device's directory goes.
sysctl net.ipv4.conf.all.accept_source_route net.ipv4.conf.default.accept_source_route net.ipv4.conf.lo.accept_source_route
sysctl net.ipv4.conf.lo.disable_policy net.ipv4.conf.lo.disable_xfrm net.ipv4.conf.default.disable_policy
ip link add veth0 type veth peer name veth1
sysctl net.ipv4.conf.veth0.accept_source_route net.ipv4.conf.veth0.disable_policy
sysctl -w net.ipv4.conf.default.arp_announce=2
sysctl -w net.ipv4.conf.default.forwarding=1
ip link add veth2 type veth peer name veth3
sysctl net.ipv4.conf.veth0.arp_announce net.ipv4.conf.veth2.arp_announce net.ipv4.conf.veth2.forwarding
sysctl net.ipv4.ip_forward net.ipv4.conf.all.forwarding net.ipv4.conf.veth0.forwarding
sysctl -w net.ipv4.conf.all.forwarding=2
sysctl net.ipv4.ip_forward net.ipv4.conf.default.forwarding net.ipv4.conf.lo.forwarding net.ipv4.conf.veth1.forwarding
sysctl net.ipv4.conf.all.accept_redirects net.ipv4.conf.default.accept_redirects net.ipv4.conf.veth0.accept_redirects
sysctl -w net.ipv4.conf.veth0.forwarding=0
sysctl -w net.ipv4.ip_forward=2
sysctl net.ipv4.conf.veth0.forwarding
sysctl -w net.ipv4.ip_forward=0
sysctl net.ipv4.conf.veth0.forwarding net.ipv4.conf.default.forwarding net.ipv4.conf.all.accept_redirects
sysctl -w net.ipv4.conf.veth1.forwarding=1
sysctl net.ipv4.ip_forward net.ipv4.conf.veth1.forwarding
sysctl -w net.ipv4.conf.veth2.rp_filter=1
sysctl -w net.ipv4.conf.all.rp_filter=2
sysctl net.ipv4.conf.veth2.rp_filter net.ipv4.conf.veth3.rp_filter
ip link set veth2 name lan0
ls /proc/sys/net/ipv4/conf
sysctl net.ipv4.conf.lan0.rp_filter net.ipv4.conf.lan0.arp_announce
sysctl net.ipv4.conf.veth2.rp_filter
ls /proc/sys/net/ipv4/neigh
ip link del lan0
ls /proc/sys/net/ipv4/conf
ls /proc/sys/net/ipv6/conf
sysctl net.ipv4.conf.lan0.rp_filter
