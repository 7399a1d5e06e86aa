# 126-addr-promote-secondaries: deleting a primary, with and without promote_secondaries
# Pins down: promote_secondaries=0 deletes every secondary of the primary's subnet (only that
# subnet: same prefix AND length), =1 promotes the first one, which keeps its place when it
# follows the primary directly and moves up behind the last primary otherwise; the other
# secondaries stay secondaries of the promoted one; conf.all.promote_secondaries=1 is
# enough (either one); the local routes' src follows the promoted address; deleting a
# secondary touches nothing else; the prefix route and broadcast route go with the last
# address of the subnet; conf.default values do not reach an existing device.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
sysctl net.ipv4.conf.veth0.promote_secondaries
sysctl net.ipv4.conf.all.promote_secondaries
ip addr add 10.1.0.1/24 dev veth0
ip addr add 10.1.0.2/24 dev veth0
ip addr add 10.1.0.3/24 dev veth0
ip addr add 10.1.0.9/16 dev veth0
ip addr add 10.2.0.1/24 dev veth0
ip addr add 10.2.0.2/24 dev veth0
ip addr del 10.1.0.1/24 dev veth0
ip -4 addr show dev veth0
ip route show table local dev veth0
sysctl -w net.ipv4.conf.veth0.promote_secondaries=1
ip addr add 10.2.0.3/24 dev veth0
ip addr add 10.3.0.1/24 dev veth0
ip addr add 10.2.0.4/24 dev veth0
ip addr del 10.2.0.1/24 dev veth0
ip -4 addr show dev veth0
ip route show dev veth0
ip route show table local dev veth0
ip addr del 10.2.0.3/24 dev veth0
ip -4 addr show dev veth0
ip addr del 10.2.0.2/24 dev veth0
ip addr del 10.2.0.4/24 dev veth0
ip route show dev veth0
ip route show table local dev veth0
sysctl -w net.ipv4.conf.default.promote_secondaries=1
sysctl net.ipv4.conf.veth1.promote_secondaries
ip addr add 10.4.0.1/24 dev veth1
ip addr add 10.4.0.2/24 dev veth1
ip addr del 10.4.0.1/24 dev veth1
ip -4 addr show dev veth1
sysctl -w net.ipv4.conf.all.promote_secondaries=1
ip addr add 10.4.0.1/24 dev veth1
ip addr add 10.4.0.2/24 dev veth1
ip addr add 10.4.0.3/24 dev veth1
ip addr del 10.4.0.1/24 dev veth1
ip -4 addr show dev veth1
ip route show table local dev veth1
