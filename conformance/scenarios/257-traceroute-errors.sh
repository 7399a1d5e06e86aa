# 257-traceroute-errors: traceroute 2.1.2's argument checks and error texts
# Pins down: no host (usage text, exit 2), an unresolvable host, bad -m/-f/-q/-w/-p/-N
# values and their texts (`first hop out of range`, `max hops cannot be more than 255`,
# `no more than 10 probes per hop`), an unknown option, extra arguments, a packet length
# out of range, `-s` with an address the host does not own (`bind: Cannot assign
# requested address`), `-i` with a missing device, no route to the destination
# (`connect: Network is unreachable`; -I and -T print an empty line first), a packet
# length below the minimum raised to 28 bytes, the usage text without a host, `-V`.
ip netns add h
ip netns exec h ip link set lo up
ip netns exec h traceroute
ip netns exec h traceroute no.such.host
ip netns exec h traceroute -m 0 127.0.0.1
ip netns exec h traceroute -m 256 127.0.0.1
ip netns exec h traceroute -f 0 127.0.0.1
ip netns exec h traceroute -f 5 -m 3 127.0.0.1
ip netns exec h traceroute -q 0 127.0.0.1
ip netns exec h traceroute -q 11 127.0.0.1
ip netns exec h traceroute -w -1 127.0.0.1
ip netns exec h traceroute -m x 127.0.0.1
ip netns exec h traceroute -Y 127.0.0.1
ip netns exec h traceroute -n 127.0.0.1 60 extra
ip netns exec h traceroute -n 127.0.0.1 70000
ip netns exec h traceroute -n 127.0.0.1 10
ip netns exec h traceroute -n -s 10.9.9.9 127.0.0.1
ip netns exec h traceroute -n -i nosuch 127.0.0.1
ip netns exec h traceroute -n 10.9.9.9
ip netns exec h traceroute -n -I 10.9.9.9
ip netns exec h traceroute -n -T 10.9.9.9
ip netns exec h traceroute -n -q 1 127.0.0.1
ip netns exec h traceroute -n -q 1 -T 127.0.0.1
ip netns exec h traceroute -n -q 1 -I 127.0.0.1
ip netns exec h traceroute -V
