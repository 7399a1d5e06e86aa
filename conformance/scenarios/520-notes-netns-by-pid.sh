
# 520-notes-netns-by-pid: the seed 001 line `ip netns exec netns1 ip link set veth1 netns 1`
# Pins down: a number after `netns` (when no namespace has that name) is a PID (any base, as
# strtol reads it; `08` is no number), and the device goes to that process's namespace. The
# notes' PID 1 is the host's init here (the sandbox shares the host's PID space), so the line
# itself is never run (522 shows `$$` instead). A PID that cannot exist (above PID_MAX_LIMIT)
# is refused by the kernel with ESRCH, after the device lookup and before any other change.
ip netns add netns1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns netns1
ip netns exec netns1 ip addr add 10.1.1.1/24 dev veth1
ip link set veth1 netns 2147483647
ip netns exec netns1 ip link set veth1 netns 2147483647
ip netns exec netns1 ip link set veth1 netns 0x7fffffff
ip netns exec netns1 ip link set veth1 netns -5
ip netns exec netns1 ip link set veth1 netns 08
ip netns exec netns1 ip link set veth1 netns 2147483648
ip netns exec netns1 ip link set veth1 netns 12ab
ip link set veth0 netns 2147483647
ip link set veth0 up netns 2147483647
ip link show veth0
