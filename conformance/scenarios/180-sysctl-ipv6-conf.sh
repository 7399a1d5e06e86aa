# 180-sysctl-ipv6-conf: IPv6 conf and neigh directories
# Pins down: all vs default vs lo vs a device (accept_dad 0/1/-1, mtu = the device's MTU, lo's
# use_tempaddr -1), the mtu knob following `ip link set mtu` (but not below 1280), the u32
# ioam6_id_wide, conf.all.disable_ipv6 and conf.all.forwarding propagating to default and every
# device, a device write staying there; nd_tbl's locktime 0 against arp_tbl's 100; the neigh
# time knobs and their _ms twins being one variable (seconds / USER_HZ vs ms).
sysctl net.ipv6.conf.all.accept_dad net.ipv6.conf.default.accept_dad net.ipv6.conf.lo.accept_dad
sysctl net.ipv6.conf.all.mtu net.ipv6.conf.default.mtu net.ipv6.conf.lo.mtu net.ipv6.conf.lo.use_tempaddr
ip link add veth0 type veth peer name veth1
sysctl net.ipv6.conf.veth0.mtu net.ipv6.conf.veth0.accept_dad net.ipv6.conf.veth0.use_tempaddr
ip link set veth0 mtu 9000
sysctl net.ipv6.conf.veth0.mtu
ip link set veth0 mtu 1000
sysctl net.ipv6.conf.veth0.mtu
sysctl net.ipv6.conf.veth1.ioam6_id_wide net.ipv6.conf.veth1.hop_limit net.ipv6.conf.veth1.router_solicitations
sysctl -w net.ipv6.conf.all.forwarding=1
sysctl net.ipv6.conf.default.forwarding net.ipv6.conf.veth0.forwarding net.ipv6.conf.lo.forwarding
sysctl -w net.ipv6.conf.veth1.forwarding=0
sysctl net.ipv6.conf.all.forwarding net.ipv6.conf.veth1.forwarding
sysctl -w net.ipv6.conf.veth0.disable_ipv6=1
sysctl net.ipv6.conf.all.disable_ipv6 net.ipv6.conf.veth0.disable_ipv6 net.ipv6.conf.veth1.disable_ipv6
sysctl -w net.ipv6.conf.all.disable_ipv6=1
sysctl net.ipv6.conf.default.disable_ipv6 net.ipv6.conf.veth1.disable_ipv6 net.ipv6.conf.lo.disable_ipv6
sysctl net.ipv4.neigh.veth0.locktime net.ipv6.neigh.veth0.locktime
sysctl -w net.ipv4.neigh.veth0.base_reachable_time=10
sysctl net.ipv4.neigh.veth0.base_reachable_time_ms
sysctl -w net.ipv4.neigh.veth0.retrans_time_ms=2500
sysctl net.ipv4.neigh.veth0.retrans_time
sysctl -w net.ipv6.neigh.veth1.base_reachable_time_ms=45000
sysctl net.ipv6.neigh.veth1.base_reachable_time net.ipv4.neigh.veth1.base_reachable_time
sysctl net.ipv6.neigh.veth1
