# 133-addr-output-forms: the output forms of ip addr
# Pins down: -o (one line per address, "IDX: DEV    inet ...\" with the lifetimes after a
# backslash, link lines only for ip -o link), -br (name@peer, operstate, the addresses in
# kernel order, IPv6 after IPv4, peer addresses), -s (the RX/TX block after the addresses),
# -s -s, -j and -j -p (the addr_info objects, secondary/noprefixroute/dynamic booleans,
# label, broadcast, lifetimes as numbers, "link" for a peer in the same namespace,
# link_index and link_netnsid for one elsewhere), -4 and -6 and -0 (-f link).
ip netns add ns1
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3 netns ns1
ip addr add 10.1.0.1/24 brd + dev veth0
ip addr add 10.1.0.2/24 dev veth0 label veth0:sec
ip addr add 10.2.0.1 peer 10.2.0.2 dev veth0 noprefixroute
ip addr add 10.3.0.1/24 dev veth0 valid_lft 200 preferred_lft 0
ip addr add 10.9.0.1/24 dev veth2
ip addr add fd00::1/64 dev veth0 nodad
ip -o addr show dev veth0
ip -o -4 addr show
ip -o link show dev veth0
ip -br addr show
ip -br -4 addr show
ip -br link show
ip -s addr show dev veth0
ip -s -s addr show dev veth2
ip -j addr show dev veth0
ip -j -p addr show dev veth2
ip -j -p -4 addr show dev veth0
ip -j -br addr show dev veth0
ip -6 addr show dev veth0
ip -0 addr show dev veth0
ip -f link addr show dev veth2
ip -4 -o addr show to 10.1.0.0/24
ip -o addr show dev veth3
ip -br addr show dev veth1
