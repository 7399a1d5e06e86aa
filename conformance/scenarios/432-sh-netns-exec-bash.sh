# 432-sh-netns-exec-bash: shells started by ip netns exec
# Pins down: `ip netns exec NS bash -c '...'` runs the whole script in NS (its own $?, loops,
# pipes), its status becomes ip's, `$0`/`$1` of bash -c, `sh -c` is dash (its own messages),
# `ip netns exec NS bash` and `sh` with stdin /dev/null do nothing and succeed, a missing command
# inside (bash vs dash wording), ip netns identify inside and outside, the caller's quoting.
ip netns add a
ip netns exec a bash -c 'ip -br link; echo $?'
ip netns exec a sh -c 'ip link show nosuch; echo status $?'
ip netns exec a bash
ip netns exec a sh
ip netns exec a bash -c 'ip link set lo up && ip -br addr'
ip netns exec a bash -c 'exit 5'
ip netns exec a bash -c 'exit 5'; echo $?
ip netns exec a bash -c 'for i in $(ls /sys/class/net); do echo $i $(cat /sys/class/net/$i/ifindex); done'
ip netns exec a bash -c 'echo $0'
ip netns exec a bash -c 'echo $0 $1 $#' x y z
ip netns exec a bash -c 'ip netns identify'
ip netns identify
bash -c 'ip netns identify'
ip netns exec a bash -c 'nosuch'
ip netns exec a sh -c 'nosuch'
ip netns exec a sh -c 'echo ${x'
ip netns exec a bash -c 'echo ${x'
ip netns exec a bash -c "echo \$HOME $HOME"
ip netns exec a bash -c 'ip link add v0 type veth peer name v1; ip -br link | wc -l'; ip -br link | wc -l
ip netns exec a bash -c 'ip netns exec a bash -c "ip netns identify"'
ip netns exec a bash -c 'ip -br link' | grep -c UP
ip netns exec a bash -c 'echo out; echo err >&2' 2>/dev/null
bash -c 'ip netns exec a ip -br link show lo'
sh -c 'ip netns exec a ip -br link show lo; echo $?'
