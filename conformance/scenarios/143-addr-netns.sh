# 143-addr-netns: addresses and namespaces
# Pins down: a device moved to another namespace loses its IPv4 addresses (and labels, and
# routes) in both directions, the same address may exist once per namespace, ip -n and
# ip netns exec views, promote_secondaries per namespace (conf/all of the root does not
# reach ns1), lifetimes counted in another namespace, flush in a namespace only touches it.
ip netns add ns1
ip link add veth0 type veth peer name veth1
ip addr add 10.1.0.1/24 dev veth0 label veth0:a
ip addr add 10.1.0.2/24 dev veth0
ip addr add 10.1.0.1/24 dev veth1
ip link set veth0 netns ns1
ip -n ns1 -4 addr show
ip -4 addr show
ip route show table local
ip -n ns1 addr add 10.1.0.1/24 dev veth0
ip -n ns1 addr add 10.1.0.3/24 dev veth0 valid_lft 60 preferred_lft 30
ip -n ns1 -4 addr show dev veth0
sysctl -w net.ipv4.conf.all.promote_secondaries=1
ip netns exec ns1 sysctl net.ipv4.conf.all.promote_secondaries
ip -n ns1 addr del 10.1.0.1/24 dev veth0
ip -n ns1 -4 addr show dev veth0
ip netns exec ns1 sysctl -w net.ipv4.conf.veth0.promote_secondaries=1
ip -n ns1 addr add 10.1.0.1/24 dev veth0
ip -n ns1 addr add 10.1.0.4/24 dev veth0
ip -n ns1 addr del 10.1.0.1/24 dev veth0
ip -n ns1 -4 addr show dev veth0

ip -n ns1 addr flush dev veth0
ip addr flush dev veth1
ip -4 addr show
ip -n ns1 -4 -o addr show
ip -n ns1 -br addr show
ip -n ns1 addr show label 'veth*'
