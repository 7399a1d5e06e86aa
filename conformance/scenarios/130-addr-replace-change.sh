# 130-addr-replace-change: ip addr replace / change on existing and missing addresses
# Pins down: replace of a missing address creates it (NLM_F_CREATE is not even needed for
# IPv4: change creates too); replace of an existing one (same local, prefix length and
# peer) changes only its lifetimes and metric (not its label, broadcast or scope: the
# routes keep their src and broadcast); forever -> finite makes it dynamic and back;
# the same local with another prefix length is a new address; add of an existing one is
# "Address already assigned"; metric moves the prefix route.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip addr replace 10.1.0.1/24 dev veth0
ip -4 addr show dev veth0
ip addr change 10.1.0.2/24 dev veth0
ip -4 addr show dev veth0
ip addr replace 10.1.0.1/24 dev veth0 label veth0:x brd 10.1.0.7 scope link
ip -4 addr show dev veth0
ip addr replace 10.1.0.1/24 dev veth0 valid_lft 200 preferred_lft 100
ip -4 addr show dev veth0
ip addr change 10.1.0.1/24 dev veth0 valid_lft forever preferred_lft forever
ip -4 addr show dev veth0
ip addr change 10.1.0.1/24 dev veth0 preferred_lft 50
ip -4 addr show dev veth0
ip addr replace 10.1.0.1/24 dev veth0 metric 30
ip -4 addr show dev veth0
ip route show dev veth0
ip addr replace 10.1.0.1/24 dev veth0 metric 0
ip route show dev veth0
ip -4 addr show dev veth0
ip addr replace 10.1.0.1/25 dev veth0
ip -4 addr show dev veth0
ip addr add 10.1.0.1/25 dev veth0
ip addr add 10.1.0.2/24 dev veth0 label veth0:y
ip addr replace 10.1.0.3 peer 10.9.0.1 dev veth0
ip addr replace 10.1.0.3 peer 10.9.0.1/24 dev veth0
ip addr change 10.1.0.3 peer 10.9.0.1 dev veth0 valid_lft 60 preferred_lft 60
ip -4 addr show dev veth0
ip route show dev veth0
