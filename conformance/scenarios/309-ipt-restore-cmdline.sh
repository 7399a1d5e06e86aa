# 309-ipt-restore-cmdline: iptables-restore's command line (iptables-nft 1.8.9)
# Pins down: an empty stdin restores nothing and succeeds (also with -t, -n, -c); -h prints the
# usage and exits 0; -V; getopt errors end with "Try `iptables-restore -h' for more
# information." (exit 1); a missing -T argument; more than one file is "Unknown arguments found
# on commandline"; a missing file "Can't open"; a file that is no ruleset fails at its first line.
iptables-restore
iptables-restore -t
iptables-restore --noflush --counters --test
iptables-restore -h
iptables-restore -V
iptables-restore -x
iptables-restore --bogus
iptables-restore -T
iptables-restore a b
iptables-restore /nonexistent
iptables-restore -T nat /nonexistent
iptables-restore /proc/net/arp
iptables -S
iptables-save
