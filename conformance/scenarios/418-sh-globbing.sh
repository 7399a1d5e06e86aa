# 418-sh-globbing: pathname expansion over /sys and /proc
# Pins down: `*` `?` `[..]` globs sorted in the C locale, a glob in the middle of a path, a glob
# matching nothing stays literal (and the command sees it), nullglob and failglob, a quoted glob,
# globs in for loops, dot files not matched by `*`, ls given a directory symlink from a glob.
ip link add v0 type veth peer name v1
echo /sys/class/net/*
echo /sys/class/net/v?
echo /sys/class/net/[lv]*
echo /sys/class/net/[!l]*
echo /proc/sys/net/ipv4/conf/*/forwarding
cat /proc/sys/net/ipv4/conf/*/forwarding
echo /sys/class/net/nosuch*
ls /sys/class/net/nosuch*
ls -d /sys/class/net/l*
ls /sys/class/net/v0/q*
cat /sys/class/net/*/mtu
shopt -s nullglob; echo /sys/class/net/nosuch*; echo end
shopt -s failglob; echo /sys/class/net/nosuch*; echo after
for f in /sys/class/net/v*/ifindex; do echo $f $(cat $f); done
echo /sys/class/net/lo/*type*
echo /proc/sys/net/ipv4/conf/all/*forw*
x=/sys/class/net/v*; echo $x "$x"
echo /sys/class/net/*/
