# 148-addr-promote-order: promotion and deletion with interleaved subnets and scopes
# Pins down: with promote_secondaries=1 the promoted address moves behind the last primary
# whose scope is at least as narrow as the deleted one's, the remaining secondaries keep
# their order, routes and local-table sources follow; ip -4 addr del dev DEV without an
# address deletes the device's first address; flush with promotion empties everything in
# one go; a flush by label of a promoted primary; ip addr del with a peer of a plain address.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
sysctl -w net.ipv4.conf.veth0.promote_secondaries=1
ip addr add 10.1.0.1/24 dev veth0
ip addr add 10.2.0.1/24 dev veth0 scope link
ip addr add 10.3.0.1/24 dev veth0
ip addr add 10.1.0.2/24 dev veth0 label veth0:b
ip addr add 10.2.0.2/24 dev veth0 scope link
ip addr add 10.3.0.2/24 dev veth0
ip addr add 10.1.0.3/24 dev veth0
ip -4 addr show dev veth0
ip addr del 10.1.0.1/24 dev veth0
ip -4 addr show dev veth0
ip addr del 10.2.0.1/24 dev veth0
ip -4 addr show dev veth0
ip route show table local dev veth0
ip -4 addr del dev veth0
ip -4 addr show dev veth0
ip addr del 10.1.0.2/24 peer 10.1.0.9 dev veth0
ip addr flush dev veth0 label veth0:b
ip -4 addr show dev veth0
ip addr add 10.5.0.1/24 dev veth0
ip addr add 10.5.0.2/24 dev veth0
ip addr add 10.5.0.3/24 dev veth0
ip addr flush dev veth0
ip -4 addr show dev veth0
ip route show table all dev veth0 type local
