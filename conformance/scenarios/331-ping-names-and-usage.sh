# 331-ping-names-and-usage: ping4/ping6, the family options and usage
# Pins down: ping6 and ping4 are ping with the family chosen by the name (messages prefixed with the
# name called, a second family option: "only one -4 or -6 option may be specified"); getaddrinfo's
# answers by family (an IPv6 literal for -4 and an IPv4 literal or an /etc/hosts name for -6:
# "Address family for hostname not supported"; other names need the absent DNS: "Temporary failure
# in name resolution"); an invalid option prints getopt's complaint then the usage text, -h the usage
# (exit 2 both), -V the version.
ping6 -c 1 ::1
ip link set lo up
ping6 -c 1 -q ::1
ping6 -c 1 2001:db8::1
ping6 -c 1 nosuch.invalid
ping6 -c 1 -4 127.0.0.1
ping6 -Z
ping6
ping4 -c 1 127.0.0.1
ping4 -c 1 ::1
ping -Z
ping -h
ping -V
ip link set lo up
ping -6 -c 1 localhost
ping -6 -c 1 ip6-localhost
ping6 -c 1 ip6-loopback
ping -c 1 ip6-localhost
