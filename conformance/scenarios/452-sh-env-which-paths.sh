# 452-sh-env-which-paths: env, which, readlink, realpath, basename, dirname on the oracle's paths
# Pins down: env -i/-u/NAME=V before a command, its 127 and 126; which on merged /usr (-a);
# readlink of sysfs's device links (/sys/class/net/DEV -> ../../devices/virtual/net/DEV, master),
# -f/-e/-m, realpath and its errors, basename/dirname of sysfs paths.
env -i ip -br link show lo
env -u HOME bash -c 'echo [$HOME]'
env X=1 Y=2 bash -c 'echo $X$Y'
env nosuch; echo $?
env /etc; echo $?
ip netns add a; ip netns exec a env | grep -c ^PATH=
env -i | wc -l
which ip ping bash env timeout xargs
which -a ping
which -a ip; echo $?
which nosuch ip; echo $?
readlink /sys/class/net/lo
readlink -f /sys/class/net/lo
ip link add v0 type veth peer name v1; readlink /sys/class/net/v0; readlink -f /sys/class/net/v0/..
realpath /sys/class/net/lo/mtu
cat /sys/devices/virtual/net/lo/mtu
ls /sys/devices/virtual/net
readlink -e /sys/class/net/nosuch; echo $?
readlink -m /sys/class/net/nosuch/x
realpath /sys/class/net/nosuch/x; echo $?
realpath -e /sys/class/net/nosuch; echo $?
ip link add br0 type bridge; ip link set v0 master br0; readlink /sys/class/net/v0/master; readlink -f /sys/class/net/v0/master
readlink -f /sys/class/net/v0/brport/bridge
readlink /bin /sbin; readlink -f /bin/ip /sbin
readlink /sys/class/net/lo/mtu; echo $?
realpath --relative-to=/sys/class/net /sys/devices/virtual/net/lo
for d in /sys/class/net/*; do basename $d; done
dirname /sys/class/net/lo /sys
basename -s .conf /etc/resolv.conf
basename -a /sys/class/net/lo/ /run/netns/a
