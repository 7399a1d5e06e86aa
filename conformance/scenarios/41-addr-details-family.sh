# 41-addr-details-family: which link lines ip addr prints under a family filter
# Pins down: `ip -4 addr` / `ip -6 addr` leave out the link/ line, `-d` brings it back
# with its details (promiscuity, min/max mtu, the veth/bridge kind, queues, gso limits)
# under -4 and -6 too; `-0` (link family) always shows it; JSON follows the same rules.
ip link add v0 type veth peer name v1
ip link add br0 type bridge
ip addr add 10.0.0.1/24 dev v0
ip -4 addr show v0
ip -d -4 addr show v0
ip -d -4 addr show lo
ip -d -6 addr show lo
ip -0 addr show v0
ip -d -0 addr show v1
ip -d -4 addr show br0
ip -d -j -4 addr show v0
