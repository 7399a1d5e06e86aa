# 177-sysctl-proc-files: the same knobs as files under /proc/sys/net
# Pins down: cat of a knob, of a vector (tab-separated), of a directory (Is a directory), of a
# missing file; echo > FILE: a bad value is bash's `echo: write error: Invalid argument`, a
# missing file and a read-only one fail at open (`FILE: No such file or directory` /
# `Permission denied`), a write-only file cannot be read (cat: Permission denied) but can be
# written; ls of /proc/sys/net and its subdirectories (no neigh/default in a new namespace);
# what a file write changes is what sysctl reads.
cat /proc/sys/net/ipv4/ip_default_ttl
cat /proc/sys/net/ipv4/ip_local_port_range
cat /proc/sys/net/ipv4/conf
cat /proc/sys/net/ipv4/nosuch
echo 99 > /proc/sys/net/ipv4/ip_default_ttl
sysctl net.ipv4.ip_default_ttl
echo abc > /proc/sys/net/ipv4/ip_default_ttl
echo 0 > /proc/sys/net/ipv4/ip_default_ttl
echo 1 > /proc/sys/net/ipv4/nosuch
echo 5 > /proc/sys/net/core/rmem_max
echo 1 > /proc/sys/net/ipv4/conf/lo/mc_forwarding
echo 1 > /proc/sys/net/ipv4/route/flush
cat /proc/sys/net/ipv4/route/flush
cat /proc/sys/net/ipv6/conf/lo/stable_secret
echo "33000 34000" > /proc/sys/net/ipv4/ip_local_port_range
cat /proc/sys/net/ipv4/ip_local_port_range
echo 1 > /proc/sys/net/ipv4/conf/lo/arp_ignore
sysctl net.ipv4.conf.lo.arp_ignore
ls /proc/sys/net
ls /proc/sys/net/ipv4/neigh
ls /proc/sys/net/ipv6/neigh
ls /proc/sys/net/ipv4/route
ls /proc/sys/net/ipv6/route
ls /proc/sys/net/core
ls /proc/sys/net/unix
ls /proc/sys/net/ipv4/neigh/lo
