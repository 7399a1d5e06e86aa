# 106-rule-errors: the texts and exit statuses of bad ip rule arguments
# Pins down: iproute2's own checks (exit 255 invarg texts with their trailing blank line or
# not, exit 1 for prefixes and missing arguments) and the kernel's extack errors (exit 2):
# IPv6 prefixes in an IPv4 rule, ECN bits and high tos bits, an invalid uid range, port
# ranges (0, reversed, 65535), backward and self goto, a goto target on a table action,
# the missing goto target of "local" (rtntype 2 = goto), l3mdev with a table; nothing is
# added by any failing line.
ip rule add
ip rule del
ip rule add from
ip rule add from 2001:db8::1 table 5
ip rule add to 2001:db8::/32 table 5
ip -6 rule add from 10.0.0.1 table 5
ip -4 rule add from 2001:db8::1 table 5
ip rule add from 10.0.0.0/33 table 5
ip rule add from bogus table 5
ip rule add pref abc table 5
ip rule add pref -1 table 5
ip rule add pref 4294967296 table 5
ip rule add tos 0x01 table 5
ip rule add tos 0x02 table 5
ip rule add tos 0x20 table 5
ip rule add tos 0xe0 table 5
ip rule add tos bogus table 5
ip rule add tos 100 table 5
ip rule add fwmark abc table 5
ip rule add fwmark 1/xyz table 5
ip rule add table bogus
ip rule add table -5
ip rule add suppress_prefixlength -1 table main
ip rule add suppress_prefixlength x table main
ip rule add suppress_ifgroup bogus table main
ip rule add uidrange 5 table 5
ip rule add uidrange 10-5 table 5
ip rule add uidrange a-b table 5
ip rule add ipproto bogus table 5
ip rule add ipproto 256 table 5
ip rule add sport abc table 5
ip rule add dport x-y table 5
ip rule add dport 10-5 table 5
ip rule add sport 0 table 5
ip rule add sport 65535 table 5
ip rule add dport 100-65535 table 5
ip rule add goto abc
ip rule add goto 10 pref 20
ip rule add goto 20 pref 20
ip rule add goto 100
ip rule add bogus
ip rule add type bogus
ip rule add type
ip rule add local table 5
ip rule add iif averyveryverylongname table 5
ip rule add iif a/b table 5
ip rule add oif bad:name table 5
ip rule add protocol bogus table 5
ip rule add protocol 256 table 5
ip rule add realms bogus table 5
ip rule add l3mdev table 5
ip rule del pref 12345
ip rule del from 10.99.0.0/16
ip rule del table 77
ip rule show table bogus
ip rule show from bogus
ip rule show to 2001:db8::1
ip rule show pref x
ip rule show tos zz
ip rule
