# 129-addr-show-filters: the selectors of `ip addr show`
# Pins down: primary / secondary / dynamic / permanent / -secondary / -dynamic flag filters,
# tentative / deprecated on IPv4, to PREFIX (implies -4), scope NAME|NUMBER|all, up,
# dev / master / type / nomaster, a device with no address at all is still listed unless a
# family was asked for, a device whose addresses all miss the filter is not; an unknown
# filter word is taken as a device name; `scope` and `to` errors.
ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ip link add veth2 type veth peer name veth3
ip link set veth2 master br0
ip link set veth0 up
ip addr add 10.1.0.1/24 dev veth0
ip addr add 10.1.0.2/24 dev veth0
ip addr add 10.1.0.3/24 dev veth0 valid_lft 300 preferred_lft 300
ip addr add 10.2.0.1/24 dev veth0 scope link
ip addr add 10.3.0.1/24 dev veth1 scope host
ip addr add 10.4.0.1/24 dev br0
ip addr add 10.4.0.2/24 dev veth2
ip addr show primary
ip addr show secondary
ip addr show dynamic
ip addr show permanent
ip addr show -secondary dev veth0
ip addr show -dynamic dev veth0
ip addr show dev veth0 secondary dynamic
ip addr show tentative
ip addr show deprecated
ip addr show to 10.1.0.0/24
ip addr show to 10.1.0.2
ip addr show to 10.0.0.0/8
ip addr show scope link
ip addr show scope host
ip addr show scope 253
ip addr show scope all dev veth1
ip addr show scope galaxy
ip addr show to 10.1.0.0/33
ip addr show up
ip addr show master br0
ip addr show type bridge
ip addr show type bridge_slave
ip addr show type veth
ip -4 addr show type veth
ip addr show nomaster type veth
ip addr show veth9
ip addr show dev veth0 dev veth1
ip -4 addr show up
ip -br addr show to 10.4.0.0/24
