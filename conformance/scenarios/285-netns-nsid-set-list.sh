# 285-netns-nsid-set-list: ip netns set, list-id (target-nsid, nsid), list, identify
# Pins down: rtnl_net_newid's errors as extack ("Peer netns already has a nsid assigned." for
# a peer with an id, "auto" included; "The specified nsid is already used."); get_integer
# parsing of the id (0x hex, out of int range, negative) and iproute2's exit codes (argument
# errors 255, missing name/nsid and an unknown namespace 1, netlink errors 2); list-id from
# another namespace's view (target-nsid) with current-nsid and names looked up by this
# namespace's ids, a single id (nsid N, also against a target), an unknown target (extack and
# "Dump terminated", exit 1), an unknown id, duplicate and bad options, the usage; JSON
# (-j, -j -p) for list and list-id; ip netns identify (an empty line outside a named
# namespace, the name inside), its argument errors; ids after a namespace is deleted.
ip netns add a
ip netns add b
ip netns add c
ip netns set a 5
ip netns set b 5
ip netns set a 7
ip netns set a auto
ip netns set c auto
ip netns set b 0x10
ip -n a netns set b 3
ip -n a netns set c auto
ip netns list
ip netns list-id
ip -n a netns list-id
ip netns list-id target-nsid 5
ip netns list-id target-nsid 9
ip netns list-id target-nsid -1
ip netns list-id target-nsid -1 nsid 2
ip netns list-id target-nsid abc
ip netns list-id nsid 5
ip netns list-id nsid 16
ip netns list-id nsid 9
ip netns list-id nsid 5 target-nsid 5
ip netns list-id target-nsid 5 nsid 3
ip netns list-id target-nsid 5 nsid 0
ip netns list-id nsid 5 nsid 6
ip netns list-id foo
ip -j netns list
ip -j -p netns list
ip -j netns list-id
ip -j netns list-id target-nsid 5
ip -j -p netns list-id nsid 5
ip netns set
ip netns set a
ip netns set a 2147483648
ip netns set a -3
ip netns set a abc
ip netns set nosuch 3
ip netns identify
ip netns exec a ip netns identify
ip -n b netns identify
ip netns identify 1 2
ip netns identify abc
ip netns del a
ip netns list-id
ip netns list-id target-nsid 5
ip netns set a 1
ip -n b netns list-id
