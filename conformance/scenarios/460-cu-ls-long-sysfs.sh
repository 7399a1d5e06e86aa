# 460-cu-ls-long-sysfs: ls -l over sysfs and procfs (dates cut out: they are the real clock)
# Pins down: modes, link counts, sizes (4096 for sysfs attributes, 0 for procfs), symlinks with their
# targets, total 0, column widths, -d/-F on the class symlink, power/ and statistics/ directories,
# chmod of a sysfs attribute and its refusal in /proc/sys, mkdir/touch/rm/ln refused there.
ip link add v0 type veth peer name v1
ls -l /sys/class/net/ | sed -E 's/ [A-Z][a-z]{2} [ 0-9]{2} +[0-9:]{4,5} / DATE /'
ls -l /sys/class/net/v0/ | sed -E 's/ [A-Z][a-z]{2} [ 0-9]{2} +[0-9:]{4,5} / DATE /'
ls -ld /sys/class/net/lo /sys/class/net/lo/ /proc/sys/net/ipv4 | sed -E 's/ [A-Z][a-z]{2} [ 0-9]{2} +[0-9:]{4,5} / DATE /'
ls -lF /sys/class/net/lo | sed -E 's/ [A-Z][a-z]{2} [ 0-9]{2} +[0-9:]{4,5} / DATE /'
ls -l /sys/class/net/lo/power /sys/class/net/lo/queues | sed -E 's/ [A-Z][a-z]{2} [ 0-9]{2} +[0-9:]{4,5} / DATE /'
ls -la /sys/class/net/lo/statistics | head -4 | sed -E 's/ [A-Z][a-z]{2} [ 0-9]{2} +[0-9:]{4,5} / DATE /'
ls -l /proc/sys/net/ipv4/conf/v0 | head -5 | sed -E 's/ [A-Z][a-z]{2} [ 0-9]{2} +[0-9:]{4,5} / DATE /'
cat /sys/class/net/lo/power/control /sys/class/net/lo/power/runtime_status
ls -F /sys/class/net /sys/class/net/lo/subsystem/
chmod 600 /sys/class/net/v0/mtu; ls -l /sys/class/net/v0/mtu | cut -c1-10
chmod 600 /proc/sys/net/ipv4/ip_forward; ls -l /proc/sys/net/ipv4/ip_forward | cut -c1-10
mkdir /proc/foo /sys/foo /sys/class/net/foo /proc/sys/net/foo /sys/class/net/lo
touch /sys/class/net/lo/mtu /sys/class/net/lo/nosuch /proc/sys/net/ipv4/nosuch; echo $?
rm /sys/class/net/lo/mtu /proc/sys/net/ipv4/ip_forward
rm -r /sys/class/net/v0
rmdir /sys/class/net/lo /proc/sys/net/ipv4
ln -s /x /sys/class/net/lo/foo; ln -s /x /proc/sys/foo
echo hi | tee /sys/class/net/lo/nosuch /proc/sys/net/nosuch
