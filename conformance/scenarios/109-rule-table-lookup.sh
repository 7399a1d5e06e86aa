# 109-rule-table-lookup: how rule table lookups fall through and what route get reports
# Pins down: a lookup that misses in a rule's table (or in a table that does not exist)
# goes on with the next rule; a throw route ends the table's lookup and goes on; an
# unreachable/prohibit/blackhole ROUTE in a rule's table ends the whole lookup with its
# error (No route to host, Permission denied, Invalid argument); "table N" in ip route get
# for tables other than main; a local address reports "table local" only once a rule was
# added (local and main are one table before, and stay split after the rule is deleted).
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip route get 10.0.0.1
ip route get 127.0.0.1
ip route add 172.16.0.0/16 via 10.0.0.2 table 100
ip route add throw 172.16.9.0/24 table 100
ip route add unreachable 172.16.10.0/24 table 100
ip route add prohibit 172.16.11.0/24 table 100
ip route add blackhole 172.16.12.0/24 table 100
ip route add 172.16.0.0/12 via 10.0.0.3 table 200
ip route add default via 10.0.0.4
ip rule add pref 1000 table 100
ip rule add pref 1001 table 150
ip rule add pref 1002 table 200
ip route get 10.0.0.1
ip route get 127.0.0.1
ip route get 172.16.1.1
ip route get 172.16.9.1
ip route get 172.16.10.1
ip route get 172.16.11.1
ip route get 172.16.12.1
ip route get 172.17.0.1
ip route get 8.8.8.8
ip route get 10.0.0.9
ip route show table 150
ip rule del pref 1000
ip rule del pref 1001
ip rule del pref 1002
ip route get 10.0.0.1
ip route get 172.16.1.1
ip rule add pref 5 lookup 100
ip route get 10.0.0.1
ip route get 172.16.12.1
ip route get 172.16.12.1 oif veth0
ping -c 1 -W 1 172.16.12.1
ping -c 1 -W 1 172.16.11.1
ping -c 1 -W 1 172.16.10.1
