
# 509-notes-veth-ifconfig: seed 001 second bash block (veth pair, ifconfig), verbatim
# Pins down: `ifconfig IF ADDR/24 up` inside and outside a namespace (the trailing `# ...` is a
# bash comment); the notes' "ping veth0/1 OK" (additions: pings both ways).
# Set-up: `ip netns add netns1` (the previous block of the notes deleted it).
ip netns add netns1
ip link add veth0 type veth peer name veth1
ip link set veth1 netns netns1
ip netns exec netns1 ifconfig veth1 10.1.1.1/24 up # 初始化一个ip addr
ifconfig veth0 10.1.1.2/24 up # / ns veth0 set ip addr
# additions: the block's "ping OK"
ping -c 3 10.1.1.1
ip netns exec netns1 ping -c 3 10.1.1.2
ip netns exec netns1 ip addr show veth1
