# 433-sh-nsenter-unshare: nsenter --net and unshare -n instead of ip netns exec
# Pins down: `nsenter --net=/run/netns/NS CMD` runs CMD in NS (ip sees NS's devices), nsenter's
# error for a missing namespace file, `unshare -n CMD` gets a fresh namespace with only lo DOWN,
# changes in it vanish with it, unshare's status is the command's, -n with a shell.
ip netns add a
ip -n a link add v0 type veth peer name v1
nsenter --net=/run/netns/a ip -br link
nsenter --net=/run/netns/a ip netns identify
nsenter --net=/run/netns/nosuch ip link
nsenter --net=/run/netns/a bash -c 'ip link set lo up; ip -br addr show lo'
ip -n a -br addr show lo
unshare -n ip -br link
unshare -n bash -c 'ip link set lo up; ip link add x0 type veth peer name x1; ip -br link | wc -l'
unshare -n ip -br link | wc -l
unshare -n ip netns identify; echo $?
unshare -n false; echo $?
unshare -n nosuch
ip -br link | wc -l
