
# 500-notes-netns-default: seed 000 "net namespace" block, run verbatim
# Pins down: `ip netns list/show` is not a command iproute2 knows (the notes mean "list or
# show"); `ip link add dev veth0` without a type; the address add that then fails; route -n
# of a sandbox with only lo.
# Source: seeds/000 lines 8-20, the commands in the notes' order; `//` comment lines left out.
ip netns add mynetns
ip netns list/show
ip netns del mynetns
ip link add dev veth0
ip addr add 192.168.1.3/24 dev veth0
route -n
