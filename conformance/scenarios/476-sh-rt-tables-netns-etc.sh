# 476-sh-rt-tables-netns-etc: ip reads table and protocol names from /etc/iproute2 (here a namespace's own, bound from /etc/netns/NS/iproute2 by ip -n and ip netns exec)
# Pins down: rt_tables read by ip route add/show and ip rule add/show, names printed back (table NAME,
# lookup NAME), a hex id, -N printing numbers, the root namespace not seeing the bind, an unknown
# name's three error texts, rt_tables.d/*.conf read after rt_tables (the newer name for an id wins,
# other suffixes ignored), a corrupted line's message and the lines after it ignored, rt_protos.d,
# ip -n NS -batch reading the names once, the files removed again.
ip netns add lnf476; ip -n lnf476 link set lo up
mkdir -p /etc/netns/lnf476/iproute2; printf '# names of lnf476\n255\tlocal\n254\tmain\n253\tdefault\n0\tunspec\n4711 lnf476\n0x1268\tlnf476b # hex id\n' > /etc/netns/lnf476/iproute2/rt_tables
ip -n lnf476 route add blackhole 10.99.0.0/16 table lnf476; ip -n lnf476 route show table lnf476; echo $?
ip -n lnf476 route add blackhole 10.98.0.0/16 table 4712; ip -n lnf476 route show table lnf476b
ip -n lnf476 route show table all | grep 10.9
ip -n lnf476 -N route show table all | grep 10.9
ip netns exec lnf476 ip route show table all | grep 10.9
ip -n lnf476 rule add from 10.47.0.9 lookup lnf476 pref 1000; ip -n lnf476 rule add to 10.47.0.8 table 4712 pref 1001; ip -n lnf476 rule show
ip -n lnf476 -N rule show | grep 10.47
ip route show table lnf476; echo $?
ip -n lnf476 route show table nosuch; echo $?
ip -n lnf476 route add blackhole 10.97.0.0/16 table nosuch; echo $?
ip -n lnf476 rule add from 1.2.3.4 lookup nosuch; echo $?
mkdir /etc/netns/lnf476/iproute2/rt_tables.d; echo '4711 lnf476new' > /etc/netns/lnf476/iproute2/rt_tables.d/z.conf; echo '4713 notconf' > /etc/netns/lnf476/iproute2/rt_tables.d/x.txt; ip -n lnf476 route show table all | grep 10.99
ip -n lnf476 route show table lnf476 | head -1; ip -n lnf476 route show table notconf; echo $?
printf '4713 lnf476c\nbroken line\n4714 lnf476d\n' > /etc/netns/lnf476/iproute2/rt_tables.d/y.conf; ip -n lnf476 route show table lnf476c; echo $?
ip -n lnf476 route show table lnf476d; echo $?
mkdir /etc/netns/lnf476/iproute2/rt_protos.d; echo '77 lnf476proto' > /etc/netns/lnf476/iproute2/rt_protos.d/p.conf; ip -n lnf476 route add blackhole 10.96.0.0/16 proto lnf476proto; ip -n lnf476 route show proto lnf476proto; ip -n lnf476 route show 10.96.0.0/16
ip -n lnf476 -N route show 10.96.0.0/16
printf 'route show table lnf476\nrule show pref 1000\nroute show table lnf476d\n' | ip -n lnf476 -force -batch -; echo $?
rm -r /etc/netns/lnf476
ip -n lnf476 route show table all | grep 10.9
