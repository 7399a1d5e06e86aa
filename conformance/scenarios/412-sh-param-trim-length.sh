# 412-sh-param-trim-length: ${#V} ${V%p} ${V%%p} ${V#p} ${V##p} on sysfs and procfs paths
# Pins down: string length, shortest/longest suffix and prefix removal with glob patterns,
# no match leaves the value, on an unset variable, ${#} and length of a number.
ip link add v0 type veth peer name v1
F=/proc/sys/net/ipv4/conf/all/forwarding; echo ${#F}
F=/proc/sys/net/ipv4/conf/all/forwarding; echo ${F##*/} ${F#*/} ${F%/*} ${F%%/*}x
F=/proc/sys/net/ipv4/conf/all/forwarding; echo ${F#/proc/sys/} ${F%/conf*} ${F%%c*}
for p in /sys/class/net/*; do echo ${p##*/}; done
A=$(ip -br addr show lo); echo "[${A%% *}]" "[${A##* }]"
V=10.0.0.1/24; echo ${V%/*} ${V#*/} ${V%.*} ${V##*.}
V=abc; echo ${V%x} ${V#x} ${#V}
echo [${nosuch%x}] ${#nosuch}
M=$(cat /sys/class/net/lo/mtu); echo ${#M}
V=aaa.bbb.ccc; echo ${V%.*} ${V%%.*} ${V#*.} ${V##*.}
V=a*b; echo ${V%\*b} ${V#"a*"}
