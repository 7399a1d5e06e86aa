# 176-sysctl-value-checks: how the kernel's proc handlers check a written value
# Pins down: proc_dointvec (a whole number, blanks around it are fine, trailing junk, an empty
# value or an int overflow is EINVAL, a second number is ignored), _minmax ranges
# (ip_default_ttl 1..255, tcp_syn_retries 1..127, icmp_echo_ignore_all 0..1), plain ints with no
# range (ip_forward 3, rp_filter 5 accepted), vectors (tcp_rmem needs all three, ping_group_range),
# ip_local_port_range (low <= high, may not straddle ip_unprivileged_port_start, which itself may
# move), tcp_congestion_control (unknown ENOENT, known but not allowed in a namespace EPERM),
# read-only files (net.core.rmem_max, nf_conntrack_max, mc_forwarding: a warning, exit 0),
# br_netfilter's bridge-nf-call-* storing any non-zero as 1, unsigned knobs
# (tcp_notsent_lowat), stable_secret taking only an IPv6 address (shown in full form).
sysctl -w net.ipv4.ip_default_ttl=0
sysctl -w net.ipv4.ip_default_ttl=255
sysctl -w net.ipv4.ip_default_ttl=256
sysctl -w net.ipv4.ip_default_ttl=12abc
sysctl -w net.ipv4.ip_default_ttl=
sysctl -w net.ipv4.ip_default_ttl="40 50"
sysctl -w net.ipv4.ip_default_ttl=+41
sysctl net.ipv4.ip_default_ttl
sysctl -w net.ipv4.tcp_syn_retries=127
sysctl -w net.ipv4.tcp_syn_retries=128
sysctl -w net.ipv4.icmp_echo_ignore_all=2
sysctl -w net.ipv4.ip_forward=3
sysctl -w net.ipv4.conf.all.rp_filter=5
sysctl -w net.unix.max_dgram_qlen=2147483647
sysctl -w net.unix.max_dgram_qlen=2147483648
sysctl -w net.unix.max_dgram_qlen=-7
sysctl -w net.ipv4.tcp_rmem="4096 87380"
sysctl -w net.ipv4.tcp_rmem="4096 87380 6291456"
sysctl net.ipv4.tcp_rmem
sysctl -w net.ipv4.ping_group_range="0 2147483647"
sysctl net.ipv4.ping_group_range
sysctl -w net.ipv4.ip_local_port_range="40000 30000"
sysctl -w net.ipv4.ip_local_port_range="1000 2000"
sysctl -w net.ipv4.ip_local_port_range="2000 2000"
sysctl -w net.ipv4.ip_local_port_range="0 100"
sysctl -w net.ipv4.ip_local_port_range="500 900"
sysctl net.ipv4.ip_local_port_range
sysctl -w net.ipv4.tcp_congestion_control=nosuchcc
sysctl -w net.ipv4.tcp_congestion_control=cubic
sysctl -w net.ipv4.tcp_congestion_control=reno
sysctl net.ipv4.tcp_congestion_control
sysctl -w net.core.rmem_max=1000000
sysctl -w net.netfilter.nf_conntrack_max=10
sysctl -w net.ipv4.conf.lo.mc_forwarding=1
sysctl net.core.rmem_max net.netfilter.nf_conntrack_max net.ipv4.conf.lo.mc_forwarding
sysctl -w net.bridge.bridge-nf-call-iptables=7
sysctl net.bridge.bridge-nf-call-iptables
sysctl -w net.bridge.bridge-nf-call-iptables=0
sysctl -w net.ipv4.tcp_notsent_lowat=4294967296
sysctl -w net.ipv4.tcp_notsent_lowat=4294967295
sysctl -w net.ipv6.conf.lo.stable_secret=not-an-address
sysctl -w net.ipv6.conf.lo.stable_secret=fd00::1:2
sysctl net.ipv6.conf.lo.stable_secret
