# 112-rule-suppress: suppress_prefixlength and suppress_ifgroup
# Pins down: "lookup main suppress_prefixlength 0" accepts main's routes except the default
# route (prefix length <= 0), so the default falls through to the next rule's table; a
# larger length suppresses more; suppress_ifgroup refuses routes whose device is in the
# group (ip link set ... group N), and group changes take effect at once; both printed after
# the table.
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip link set veth0 up
ip link set veth1 up
ip link set veth2 up
ip link set veth3 up
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.2.0.1/24 dev veth2
ip route add default via 10.0.0.254
ip route add 172.16.0.0/16 via 10.2.0.254
ip route add 172.16.5.0/24 via 10.0.0.253
ip route add default via 10.2.0.9 table 100
ip route add 172.16.0.0/12 via 10.2.0.8 table 100
ip route get 8.8.8.8
ip rule add pref 100 table main suppress_prefixlength 0
ip rule add pref 101 table 100
ip rule
ip route get 8.8.8.8
ip route get 172.16.5.1
ip route get 172.16.6.1
ip rule del pref 100
ip rule add pref 100 table main suppress_prefixlength 16
ip route get 172.16.5.1
ip route get 172.16.6.1
ip route get 10.0.0.7
ip rule del pref 100
ip rule add pref 100 table main suppress_ifgroup 7
ip route get 172.16.6.1
ip link set veth2 group 7
ip route get 172.16.6.1
ip route get 172.16.5.1
ip route get 10.2.0.5
ip link set veth2 group default
ip route get 172.16.6.1
ip rule add pref 99 table main suppress_prefixlength 24 suppress_ifgroup 7
ip rule
ip -j rule show pref 99
