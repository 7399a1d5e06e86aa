# 337-netns-ids-on-veth-moves: which namespace ids a veth's moves allocate
# Pins down: moving a veth end out of a namespace makes that namespace number the peer's namespace
# first (its link netns) and then the target, so ids appear where no command asked for one: the
# root numbers red when vh15 leaves for c15 with its peer already in red; red numbers c15 before
# blue when vc15 leaves for blue.
ip netns add red
ip netns add c15
ip link add vh15 type veth peer name vc15 netns c15
ip -n c15 link set vc15 netns red
ip link set vh15 netns c15
ip netns list
ip -n c15 netns list-id
ip -n red netns list-id
ip netns list-id
ip netns add blue
ip -n red link set vc15 netns blue
ip -n red netns list-id
ip -n c15 netns list-id
ip -n blue netns list-id
