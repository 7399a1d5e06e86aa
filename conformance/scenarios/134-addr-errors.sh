# 134-addr-errors: the error texts of ip addr add / del
# Pins down: missing dev / local, unknown device, malformed addresses and prefix lengths
# ("Error: any valid prefix is expected rather than ..." / inet prefix), a peer of the
# wrong family, IPv6-only flags on IPv4 (nodad, home, mngtmpaddr: warnings, address still
# added) and read-only flags (secondary, permanent, tentative: warnings), "Address not
# found" for a missing address, a wrong prefix length, a wrong peer or a wrong label,
# deleting from a device without that address, 0.0.0.0 silently ignored, a multicast
# local address, add to a device in another namespace, help text of a misspelt verb.
ip link add veth0 type veth peer name veth1
ip addr add 10.1.0.1/24
ip addr add dev veth0
ip addr add 10.1.0.1/24 dev veth9
ip addr add 10.1.0.256/24 dev veth0
ip addr add 10.1.0.1/33 dev veth0
ip addr add 10.1.0.1/-1 dev veth0
ip addr add 10.1.0.1/ dev veth0
ip addr add 10.1.0.1/24x dev veth0
ip addr add 10.1 dev veth0
ip addr add fe80::1/64 peer 10.1.0.2 dev veth0
ip addr add 10.1.0.1/24 dev veth0 nodad
ip addr add 10.1.0.2/24 dev veth0 home
ip addr add 10.1.0.3/24 dev veth0 mngtmpaddr
ip addr add 10.1.0.4/24 dev veth0 secondary
ip addr add 10.1.0.5/24 dev veth0 permanent
ip addr add 10.1.0.6/24 dev veth0 tentative
ip addr add 10.1.0.7/24 dev veth0 autojoin
ip addr add 224.0.0.9/24 dev veth0 autojoin
ip addr add 0.0.0.0/24 dev veth0
ip addr add 0.0.0.0 dev veth0
ip addr add 239.1.1.1/24 dev veth0
ip addr add 255.255.255.255/32 dev veth0
ip -4 addr show dev veth0
ip addr del 10.9.9.9/24 dev veth0
ip addr del 10.1.0.1/16 dev veth0
ip addr del 10.1.0.1/24 dev veth1
ip addr del 10.1.0.1/24 dev veth0 label veth0:x
ip addr del 10.1.0.1/24 peer 10.1.0.9 dev veth0
ip addr del 10.1.0.1/24 dev veth0 label veth0
ip addr del 10.1.0.1/24
ip addr del 10.1.0.1/24 dev veth9
ip addr del 239.1.1.1/24 dev veth0
ip addr del 0.0.0.0/0 dev veth0
ip -4 addr show dev veth0
ip addr ad 10.1.1.1/24 dev veth0
ip addr frob 10.1.1.1/24 dev veth0
ip -4 addr show dev veth0
