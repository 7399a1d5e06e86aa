# 114-rule-ipproto-ports: ipproto, sport and dport selectors
# Pins down: ip route get without ipproto is protocol 0 (an "ipproto icmp" rule does not
# match it); a single port matches exactly, a range inclusively at both ends; ports without
# ipproto match any protocol's ports; ping's connect() probe is UDP to port 1025, so a rule
# for dport 1025 decides whether ping can start; input lookups (iif) carry protocol and
# ports too.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0
ip route add default via 10.0.0.20 table 20
ip route add default via 10.0.0.21 table 21
ip route add default via 10.0.0.22 table 22
ip route add default via 10.0.0.23 table 23
ip rule add pref 20 ipproto icmp table 20
ip rule add pref 21 ipproto tcp dport 80 table 21
ip rule add pref 22 ipproto udp sport 5000-5010 table 22
ip rule add pref 23 dport 1025 table 23
ip route get 8.8.8.8
ip route get 8.8.8.8 ipproto icmp
ip route get 8.8.8.8 ipproto 1
ip route get 8.8.8.8 ipproto tcp dport 80
ip route get 8.8.8.8 ipproto tcp dport 81
ip route get 8.8.8.8 ipproto udp dport 80
ip route get 8.8.8.8 ipproto udp sport 5000
ip route get 8.8.8.8 ipproto udp sport 5010
ip route get 8.8.8.8 ipproto udp sport 5011
ip route get 8.8.8.8 ipproto udp sport 4999
ip route get 8.8.8.8 dport 1025
ip route get 8.8.8.8 ipproto tcp dport 1025
ping -c 1 -W 1 8.8.8.8
ip rule del pref 23
ping -c 1 -W 1 8.8.8.8
sysctl -w net.ipv4.ip_forward=1
ip route get 8.8.8.8 from 10.0.0.2 iif veth0
ip route get 8.8.8.8 from 10.0.0.2 iif veth0 ipproto icmp
ip route get 8.8.8.8 from 10.0.0.2 iif veth0 ipproto tcp dport 80
ip route get 8.8.8.8 from 10.0.0.2 iif veth0 ipproto udp sport 5005
ip rule show ipproto udp
ip rule show dport 80
ip rule show sport 5000-5010
ip route get 8.8.8.8 ipproto bogus
ip route get 8.8.8.8 sport x
ip route get 8.8.8.8 dport 70000
