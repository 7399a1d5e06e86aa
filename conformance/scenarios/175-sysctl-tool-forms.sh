# 175-sysctl-tool-forms: the forms of sysctl(8) (procps 4.0.2) on net.* keys
# Pins down: read by dots or slashes, several keys at once, -n (values only, also for a write),
# -N (names only), -q (no echo of a write, but errors still shown), -e (unknown keys silent,
# exit 0), key=value without -w, -w without '=' (invalid syntax, exit 1), blanks after '=',
# a directory key lists its subtree sorted (without the deprecated base_reachable_time and
# retrans_time, which read fine by name), -a with -r PATTERN, -p with a missing file, a
# write-only file reads as nothing, an unset stable_secret read fails silently with exit 1.
sysctl net.ipv4.ip_forward
sysctl net/ipv4/ip_default_ttl
sysctl net.ipv4.ip_forward net.ipv4.ip_default_ttl net.ipv4.icmp_ratelimit
sysctl -n net.ipv4.ip_default_ttl net.core.somaxconn
sysctl -N net.ipv4.tcp_syn_retries
sysctl net.ipv4.ip_default_ttl=70
sysctl -n -w net.ipv4.ip_default_ttl=71
sysctl -q -w net.ipv4.ip_default_ttl=72
sysctl -q -w net.ipv4.ip_default_ttl=300
sysctl net.ipv4.ip_default_ttl
sysctl -w net.ipv4.ip_default_ttl=" 65"
sysctl -w net.ipv4.ip_default_ttl
sysctl net.ipv4.no_such_knob
sysctl -e net.ipv4.no_such_knob
sysctl -e -w net.ipv4.no_such_knob=1
sysctl -q net.ipv4.no_such_knob
sysctl net.ipv4.no_such_knob net.ipv4.ip_forward
sysctl net.ipv4.neigh.lo
sysctl net.ipv4.neigh.lo.retrans_time net.ipv4.neigh.lo.base_reachable_time
sysctl net.ipv6.icmp
sysctl net.ipv4.route
sysctl -a -r ^net.ipv4.conf.lo.arp
sysctl -a -N -r ^net.ipv4.icmp
sysctl -r bridge-nf-call net.bridge
sysctl net.ipv4.route.flush
sysctl -w net.ipv4.route.flush=1
sysctl net.ipv6.conf.lo.stable_secret
sysctl -p /nonexistent/sysctl.conf
sysctl net.ipv4.conf.nosuchdev
sysctl net.unix
