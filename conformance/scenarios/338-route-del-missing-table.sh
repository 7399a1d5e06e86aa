# 338-route-del-missing-table: deleting from a table that does not exist yet
# Pins down: a fresh namespace has no FIB tables: a route delete there (main or a numbered table) is
# "FIB table does not exist"; lo coming up creates the local table, which while local and main are
# merged is the main table too, so deletes then miss with "No such process"; show/flush of an
# existing empty table print nothing.
ip netns add blue
ip -n blue route del 10.0.9.9 via 10.0.0.4 proto static
ip -n blue route del 10.0.9.0/24 table 55
ip -n blue link set lo up
ip -n blue route del 10.0.9.9
ip -n blue route del 127.0.0.1 table local
ip -n blue route del 127.0.0.9 table local
ip route del 10.0.9.0/24 table 56
ip -n blue route show table main
ip -n blue route show table 55
ip -n blue route flush table main
ip -n blue addr add 10.0.0.1/24 dev lo
ip -n blue route del 10.0.9.9
