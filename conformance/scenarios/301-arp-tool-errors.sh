# 301-arp-tool-errors: what arp(8) and the SIOCSARP/SIOCDARP ioctls refuse
# Pins down: without -i the kernel routes the address with a link-scope flow: a local address
# goes to lo (not ether: EINVAL), a gateway-only destination has no route (Network is
# unreachable, also for -d as "SIOCDARP(dontpub)"); -i of a missing device (No such device);
# bad and missing hardware addresses, missing host, unresolvable host names; -H/-p checks
# (unknown type, type without ARP, family other than inet); getopt errors print the usage
# (exit 3); -f without an ethers file; -N's warning; nothing is left in the cache.
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip link add eth5 type veth peer name eth6
ip addr add 192.0.2.1/24 dev eth5
ip link set eth5 up
ip link set eth6 up
ip route add 203.0.113.0/24 via 192.0.2.2
arp -s 192.0.2.1 02:00:00:00:00:01
arp -s 127.0.0.5 02:00:00:00:00:01
arp -s 203.0.113.9 02:00:00:00:00:09
arp -s 10.9.9.9 02:00:00:00:00:09
arp -d 203.0.113.9
arp -d 10.9.9.9
arp -i nosuch -s 192.0.2.59 02:00:00:00:00:59
arp -i nosuch -d 192.0.2.59
arp -s 192.0.2.56 02-00-00-00-00-56
arp -s 192.0.2.56 0200.0000.0056
arp -s 192.0.2.56 zz:00:00:00:00:56
arp -s 192.0.2.57
arp -s
arp -d
arp -s nosuchhost 02:00:00:00:00:58
arp -d nosuchhost
arp -n nosuchhost
arp -s 192.0.2.58 02:00:00:00:00:58 bogus
arp -H bogus -n
arp -H loop -n
arp -t ppp -n
arp -p inet6 -n
arp -A nosuchfamily -n
arp -x
arp --bogus
arp -i
arp -f
arp -f /nonexistent
arp -N
ip neigh show
arp -n
