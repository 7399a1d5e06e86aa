# 494-sh-cat-error-quoting: how cat names a file it cannot open (quotef in the C locale)
# Pins down: an unmatched glob left literal ('/sys/class/net/x*/ifindex' quoted), a name with a
# space, with a single quote (double quotes), a plain path (no quotes), a directory, and a sysfs
# file of a device that does not exist.
cat /sys/class/net/nosuch*/ifindex
cat '/tmp/a b'
cat "/tmp/it's"
cat /tmp/plain-missing
cat /sys/class/net
cat /sys/class/net/nosuch0/mtu
