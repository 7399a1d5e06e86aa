# 125-addr-primary-secondary: which IPv4 addresses become secondaries, and in what order they list
# Pins down: a secondary needs a primary with the same subnet AND the same prefix length
# (10.1.0.2/16 next to 10.1.0.1/24 is a second primary); the same local with another
# prefix length is a new primary, the same local+prefix is "File exists"; a scope that
# differs from the subnet's primary is "Invalid scope value" (for a secondary only); the
# list position of a new primary depends on scope (after the last primary of a scope at
# least as narrow); secondaries go to the end; /31 and /32 primaries; secondaries of
# several subnets interleave; the local table and the main table that follow.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip addr add 10.1.0.1/24 dev veth0
ip addr add 10.1.0.2/16 dev veth0
ip addr add 10.1.0.3/24 dev veth0
ip addr add 10.1.0.1/16 dev veth0
ip addr add 10.1.0.1/16 dev veth0
ip addr add 10.1.0.4/24 dev veth0 scope link
ip addr add 10.1.0.4/25 dev veth0 scope link
ip addr add 10.2.0.1/24 dev veth0 scope host
ip addr add 10.3.0.1/24 dev veth0 scope link
ip addr add 10.4.0.1/24 dev veth0
ip addr add 10.2.0.2/24 dev veth0 scope host
ip addr add 10.4.0.2/24 dev veth0
ip addr add 10.1.0.5/24 dev veth0
ip addr add 10.5.0.0/31 dev veth0
ip addr add 10.5.0.1/31 dev veth0
ip addr add 10.6.0.1/32 dev veth0
ip addr add 10.6.0.2/32 dev veth0
ip -4 addr show dev veth0
ip addr show dev veth0 secondary
ip addr show dev veth0 primary
ip route show dev veth0
ip route show table local dev veth0
ip addr add 10.7.0.1/24 dev veth1
ip addr add 10.7.0.2/24 dev veth1 scope site
ip addr add 10.7.0.2/24 dev veth1 scope 200
ip -4 addr show dev veth1
