
# 510-notes-veth-list: seed 001 "veth" bash block, verbatim without the `$ ` prompts
# Pins down: ip link list of a fresh pair, both ends up, `ifconfig veth0 10.20.30.40/24`,
# `ip link set veth1 netns newn` naming a namespace that does not exist.
# Additions: ip addr show veth0 afterwards.
ip link add veth0 type veth peer name veth1
ip link list
ip link set dev veth0 up
ip link set dev veth1 up
ifconfig veth0 10.20.30.40/24
ip link set veth1 netns newn
ip addr show veth0
