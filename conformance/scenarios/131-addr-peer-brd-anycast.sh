# 131-addr-peer-brd-anycast: the attributes of ip addr add
# Pins down: peer (IFA_ADDRESS differs from IFA_LOCAL: a route to the peer's prefix, the
# printed "peer P/len"), brd ADDR / brd + / brd - (not for /31 and /32), broadcast spelled
# out, anycast (printed "any", no route), scope by name and number (global 0, site 200,
# link 253, host 254, nowhere 255, 127.x gets host by default), noprefixroute (no prefix
# route, local and broadcast routes stay), metric / priority / preference (the prefix
# route's metric), the local table that follows each; the duplicate-argument errors.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
# settle: carrier/operstate/qdisc changes are applied by the kernel's link watcher,
# asynchronously; give it 0.2 s
ping -q -c 2 -i 0.2 127.0.0.1
ip addr add 10.1.0.1 peer 10.1.0.2 dev veth0
ip addr add 10.2.0.1 peer 10.2.9.0/24 dev veth0
ip addr add 10.3.0.1/24 brd + dev veth0
ip addr add 10.4.0.1/24 brd - dev veth0
ip addr add 10.5.0.1/24 broadcast 10.5.0.99 dev veth0
ip addr add 10.6.0.1/31 brd + dev veth0
ip addr add 10.6.1.1/30 brd + dev veth0
ip addr add 10.7.0.1/24 anycast 10.7.0.200 dev veth0
ip addr add 10.8.0.1/24 dev veth0 noprefixroute
ip addr add 10.9.0.1/24 dev veth0 metric 50
ip addr add 10.9.1.1/24 dev veth0 priority 60
ip addr add 10.9.2.1/24 dev veth0 preference 70
ip -4 addr show dev veth0
ip route show dev veth0
ip route show table local dev veth0
ip addr add 10.20.0.1/24 dev veth1 scope 0
ip addr add 10.21.0.1/24 dev veth1 scope site
ip addr add 10.22.0.1/24 dev veth1 scope 253
ip addr add 10.23.0.1/24 dev veth1 scope host
ip addr add 10.24.0.1/24 dev veth1 scope nowhere
ip addr add 10.25.0.1/24 dev veth1 scope 100
ip addr add 127.0.0.9/8 dev veth1
ip addr add 10.26.0.1/24 dev veth1 scope galaxy
ip -4 addr show dev veth1
ip route show dev veth1
ip route show table local dev veth1
ip addr add 10.30.0.1/24 brd + brd + dev veth1
ip addr add 10.30.0.1/24 peer 10.30.0.2 peer 10.30.0.3 dev veth1
ip addr add 10.30.0.1/24 10.30.0.2/24 dev veth1
ip addr add 10.30.0.1/24 metric x dev veth1
ip addr add 10.30.0.1/24 anycast 10.30.0.9 anycast 10.30.0.8 dev veth1
ip -j addr show dev veth0
