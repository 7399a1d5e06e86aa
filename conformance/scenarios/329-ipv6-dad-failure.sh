# 329-ipv6-dad-failure: an address another node already has
# Pins down: the DAD probe is answered by the owner's defence, so the address stays
# "dadfailed tentative" (-j: both true; the dadfailed and tentative filters find it), gets no local
# route but keeps its prefix route; a tentative or failed address cannot be bound (ping -I:
# "bind icmp socket: Cannot assign requested address"); the source for a destination is the
# link-local address while the global one is unusable.
ip netns add a
ip link add v0 address 02:00:00:00:0c:01 type veth peer name v1 address 02:00:00:00:0c:02 netns a
ip link set v0 up
ip -n a link set v1 up
ip -n a -6 addr add 2001:db8:c::2/64 dev v1 nodad
sleep 3
ip -6 addr add 2001:db8:c::2/64 dev v0
sleep 3
ip -6 addr show dev v0
ip -j -6 addr show dev v0
ip -6 addr show dev v0 dadfailed
ip -6 addr show dev v0 tentative
ip -6 route show table local
ip -6 route show dev v0
ping -6 -c 1 -W 1 -I 2001:db8:c::2 2001:db8:c::2
ip -6 addr del 2001:db8:c::2/64 dev v0
ip -6 addr add 2001:db8:c::3/64 dev v0
sleep 0.1
ip -6 addr show dev v0 tentative
ping -6 -c 1 -W 1 -I 2001:db8:c::3 fe80::1%v0
ip -6 route get 2001:db8:c::9
