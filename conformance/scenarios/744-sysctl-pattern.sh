# 744-sysctl-pattern: sysctl -r, the name filter, as procps applies it
# Pins down: -r takes a POSIX extended regular expression matched anywhere in a key's name (with
# -a and with named keys); a pattern regcomp refuses (an open bracket, parenthesis or brace)
# matches nothing, silently, with status 0
sysctl -a -r 'ip_forw(ard|x)$'
sysctl -a -r '^net\.ipv4\.conf\.lo\.(forwarding|rp_filter)$'
sysctl -a -r 'ipv4.ip_forwar+d$'
sysctl -r 'forward' net.ipv4.ip_forward net.ipv4.ip_default_ttl
sysctl -r '[ab' -a; echo rc=$?
sysctl -a -r 'ipv4.ip_forw(ard'; echo rc=$?
sysctl -r 'a{2' net.ipv4.ip_forward; echo rc=$?
