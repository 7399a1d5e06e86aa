
# 522-notes-netns-by-own-pid: `ip netns exec NS ip link set DEV netns $$` as a stand-in for the
# notes' `netns 1` (see 520) - and a trap
# Pins down: bash -c execs its only command in place and ip netns exec execs in place too, so
# $$ is the pid of the ip process itself, which already is in netns1: the move is a silent
# no-op, veth1 stays in netns1 with its address (no reset, unlike a real move).
ip netns add netns1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns netns1
ip netns exec netns1 ip addr add 10.1.1.1/24 dev veth1
ip netns exec netns1 ip link set veth1 netns $$
ip link show veth1
ip netns exec netns1 ip addr show veth1
