
# 508-notes-netns1-lo: seed 001 first bash block (netns1), verbatim without the `$ ` prompts
# Pins down: the block deletes netns1 right after creating it, so everything after fails the
# way Linux says: ls of the missing /var/run/netns/netns1, `ip netns exec` of a missing
# namespace (Cannot open network namespace ...) for ip link, ping and ip link set.
# Changes: the ping gets -c 3.  A neighbour (not in the notes): the same with netns1 present.
ip netns add netns1
ip netns delete netns1
ls /var/run/netns/netns1
ip netns exec netns1 ip link list
ip netns exec netns1 ping -c 3 127.0.0.1
ip netns exec netns1 ip link set dev lo up
# neighbour: the same commands with netns1 still there
ip netns add netns1
ls /var/run/netns/netns1
ip netns exec netns1 ip link list
ip netns exec netns1 ping -c 3 127.0.0.1
ip netns exec netns1 ip link set dev lo up
ip netns exec netns1 ping -c 3 127.0.0.1
