# 322-neigh-ipv6-multicast-noarp: the NOARP neighbours IPv6 makes by itself
# Pins down: a veth pair coming up sends MLD reports (ff02::16), the duplicate address
# detection probe of its link-local address (its solicited-node group) and router solicitations
# (ff02::2): each creates a NOARP entry with the group's 33:33 MAC, shown only with "nud all"/
# "nud noarp"; a new address probes its own group; ping ::1 makes ::1 NOARP on lo with lo's
# zero MAC; a lost carrier evicts them (ndisc_evict_nocarrier), the link back re-reports its
# groups; with ndisc_evict_nocarrier 0 they stay; -j and -j -p forms. One entry per listing:
# the kernel's hash order of several is not fixed.
ip link add v0 address 02:00:00:00:08:01 type veth peer name v1 address 02:00:00:00:08:02
ip link set v0 up
ip link set v1 up
sleep 3
ip -6 neigh show nud all ff02::16 dev v0
ip -6 neigh show nud all ff02::2 dev v0
ip -6 neigh show nud all ff02::1:ff00:801 dev v0
ip -6 neigh show nud noarp ff02::1:ff00:802
ip -6 neigh
ip neigh show ff02::16
ip -6 addr add 2001:db8::1/64 dev v0
sleep 2
ip -6 neigh show nud all ff02::1:ff00:1
ip link set lo up
ping -6 -c 1 -q ::1
ip -6 neigh show nud all dev lo
ip link set v1 down
ip -6 neigh show nud all dev v0
ip -6 neigh show nud all dev v1
ip link set v1 up
sleep 1
ip -6 neigh show nud all ff02::16 dev v0
ip -6 neigh show nud all ff02::2 dev v0
sysctl -w net.ipv6.conf.v0.ndisc_evict_nocarrier=0
ip link set v1 down
ip -6 neigh show nud all ff02::16 dev v0
ip -j neigh show nud all ff02::16 dev v0
ip -6 -j -p neigh show nud all ff02::16 dev v0
