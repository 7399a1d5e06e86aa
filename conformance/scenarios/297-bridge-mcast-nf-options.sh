# 297-bridge-mcast-nf-options: the bridge's other options through ip link and sysfs
# Pins down: br_changelink's multicast, netfilter and link-local options (mcast_snooping,
# mcast_router 0..3, mcast_querier, mcast_query_use_ifaddr, hash_max, counts, the intervals kept
# in jiffies, mcast_stats_enabled, IGMP 2..3 and MLD 1..2 versions, nf_call_iptables/ip6tables/
# arptables, no_linklocal_learn, group_address (a link-local group but not 01..03), fdb_flush,
# the VLAN options accepted without VLAN filtering except mcast_vlan_snooping, extack), values
# taken as booleans, hash_elasticity fixed at 16, parse errors ("invalid X", invalid lladdr,
# invalid vlan_protocol) and an unknown keyword (the full usage, exit 1); the values in
# ip -d link (text and JSON) and sysfs, sysfs writes (multicast_snooping, nf_call_iptables,
# group_addr, flush); mcast_snooping 0 takes the all-snoopers groups off the bridge's own list.
ip link add br0 type bridge
ip link set br0 type bridge mcast_snooping 0
ip link set br0 type bridge nf_call_iptables 1
ip link set br0 type bridge nf_call_ip6tables 1 nf_call_arptables 1
ip link set br0 type bridge group_address 01:80:c2:00:00:0e
ip link set br0 type bridge group_address 01:80:c2:00:00:01
ip link set br0 type bridge no_linklocal_learn 1
ip link set br0 type bridge mcast_querier 1
ip link set br0 type bridge fdb_flush
ip link set br0 type bridge vlan_protocol 802.1ad
ip link set br0 type bridge mcast_router 2
ip link set br0 type bridge mcast_stats_enabled 1
ip link set br0 type bridge bogus 1
ip -d link show br0
cat /sys/class/net/br0/bridge/multicast_snooping /sys/class/net/br0/bridge/nf_call_iptables /sys/class/net/br0/bridge/group_addr /sys/class/net/br0/bridge/no_linklocal_learn
echo 1 > /sys/class/net/br0/bridge/multicast_snooping
echo 0 > /sys/class/net/br0/bridge/nf_call_iptables
echo 1 > /sys/class/net/br0/bridge/flush
ip -d link show br0
ip link add br1 type bridge mcast_snooping 0 stp_state 1
ip -d link show br1
ip link set br0 type bridge vlan_default_pvid 5
ip link set br0 type bridge vlan_stats_enabled 1
ip link set br0 type bridge vlan_stats_per_port 1
ip link set br0 type bridge mcast_vlan_snooping 1
ip link set br0 type bridge mcast_igmp_version 3 mcast_mld_version 2
ip link set br0 type bridge mcast_igmp_version 4
ip link set br0 type bridge mcast_hash_max 100
ip link set br0 type bridge mcast_hash_elasticity 3
ip link set br0 type bridge mcast_last_member_count 5 mcast_startup_query_count 6
ip link set br0 type bridge mcast_last_member_interval 200 mcast_membership_interval 3000 mcast_querier_interval 4000 mcast_query_interval 5000 mcast_query_response_interval 600 mcast_startup_query_interval 700
ip link set br0 type bridge mcast_query_use_ifaddr 1
ip link set br0 type bridge vlan_protocol foo
ip link set br0 type bridge mcast_snooping 2
ip link set br0 type bridge nf_call_iptables 5
ip link set br0 type bridge group_address zz
ip link set br0 type bridge group_address 01:80:c2:00:00:10
ip link set br0 type bridge mcast_router 4
ip -d link show br0
ip -j -p -d link show br0
ip link set br0 up
bridge fdb show dev br0
ip link set br0 type bridge mcast_snooping 1
echo 00:80:c2:00:00:00 > /sys/class/net/br0/bridge/group_addr
echo 01:80:c2:00:00:0d > /sys/class/net/br0/bridge/group_addr
cat /sys/class/net/br0/bridge/group_addr /sys/class/net/br0/bridge/multicast_snooping /sys/class/net/br0/bridge/hash_max /sys/class/net/br0/bridge/multicast_startup_query_interval
