# 178-sysctl-netns: every namespace has its own net.* tree
# Pins down: a new namespace starts from the kernel defaults whatever the root changed (ip_forward,
# ip_default_ttl, conf.all / conf.default, tcp knobs, icmp_ratelimit); `ip netns exec NS sysctl`
# reads and writes NS only; per-namespace conf directories list only the namespace's devices;
# a new namespace has no net.ipv4.neigh.default (the neighbour tables' own parameters live in
# init_net), only per-device neigh directories; a device moved to another namespace takes its
# conf directory values fresh from the target's "default"; `ip -n` has no sysctl, `ip netns exec`
# of a missing namespace fails before running the command.
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.ip_default_ttl=33
sysctl -w net.ipv4.conf.default.rp_filter=2
sysctl -w net.ipv4.tcp_syn_retries=3
ip netns add ns1
ip netns exec ns1 sysctl net.ipv4.ip_forward net.ipv4.ip_default_ttl net.ipv4.conf.default.rp_filter net.ipv4.tcp_syn_retries
ip netns exec ns1 sysctl -w net.ipv4.icmp_ratelimit=0
sysctl net.ipv4.icmp_ratelimit
ip netns exec ns1 sysctl net.ipv4.icmp_ratelimit
ip netns exec ns1 sysctl net.ipv4.neigh.default.gc_thresh1
ip netns exec ns1 ls /proc/sys/net/ipv4/neigh
ip netns exec ns1 ls /proc/sys/net/ipv4/conf
ip link add veth0 type veth peer name veth1
ls /proc/sys/net/ipv4/conf
sysctl net.ipv4.conf.veth0.rp_filter net.ipv4.conf.veth0.forwarding
sysctl -w net.ipv4.conf.veth1.arp_ignore=2
ip link set veth1 netns ns1
ls /proc/sys/net/ipv4/conf
sysctl net.ipv4.conf.veth1.arp_ignore
ip netns exec ns1 ls /proc/sys/net/ipv4/conf
ip netns exec ns1 sysctl net.ipv4.conf.veth1.arp_ignore net.ipv4.conf.veth1.rp_filter net.ipv4.conf.veth1.forwarding
ip netns exec ns1 ls /proc/sys/net/ipv6/neigh
ip netns exec nosuchns sysctl net.ipv4.ip_forward
ip netns exec ns1 sysctl -w net.ipv6.conf.all.disable_ipv6=1
ip netns exec ns1 sysctl net.ipv6.conf.veth1.disable_ipv6 net.ipv6.conf.default.disable_ipv6
sysctl net.ipv6.conf.veth0.disable_ipv6 net.ipv6.conf.all.disable_ipv6
ip netns add ns2
ip netns exec ns2 sysctl net.ipv6.conf.all.disable_ipv6 net.ipv4.icmp_ratelimit
