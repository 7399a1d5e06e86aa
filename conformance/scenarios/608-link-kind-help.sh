# 608-link-kind-help: ip link help KIND and a kind's own help, on stdout or stderr
# Pins down: do_help (print_help of the link_util on stdout, exit 0), the kinds' help texts of iproute2 6.1
# (vxlan, macvlan, vlan, ipvlan, dummy, bond, bridge, veth), "type vxlan help" (explain on stderr, exit 1).
ip link help vxlan
ip link help macvlan
ip link help vlan
ip link help ipvlan
ip link help dummy | head -3
ip link help bond | head -3
ip link help bridge | head -2
ip link help veth
ip link add type vxlan help
