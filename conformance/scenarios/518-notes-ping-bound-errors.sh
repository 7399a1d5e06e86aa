
# 518-notes-ping-bound-errors: why the k8svip notes' `ping -I br0` shows no errors (neighbour case)
# Pins down: which ICMP errors reach a ping bound with -I. The error queue (raw_icmp_error) only
# takes errors that arrived on the bound device, and a locally generated Destination Host
# Unreachable (failed ARP) loops back through lo: ping -I DEV prints nothing for it, but the raw
# copy of the error (delivered with the local route's device, rt_iif) still acknowledges the
# sequence, hence "pipe 3" without "+3 errors"; unbound or bound to an address, ping prints
# the errors. Errors sent by a router arrive on the bound device and are printed.
ip netns add r
ip link add veth0 type veth peer name veth1
ip link set veth1 netns r
ip addr add 192.168.0.1/24 dev veth0
ip link set veth0 up
ip netns exec r ip addr add 192.168.0.2/24 dev veth1
ip netns exec r ip link set veth1 up
ip route add 10.9.0.0/24 via 192.168.0.2
# settle: carrier/operstate changes go through the kernel's link watcher; give it 0.2 s
ping -q -c 2 -i 0.2 127.0.0.1
ping -c 3 192.168.0.9
ping -c 3 -I veth0 192.168.0.9
ping -c 3 -I 192.168.0.1 192.168.0.9
ping -c 2 -W 1 -I veth0 10.9.0.5
ip netns exec r sysctl -q -w net.ipv4.ip_forward=1
ping -c 2 -I veth0 10.9.0.5
ping -c 2 -t 1 -I veth0 10.9.0.5
ping -c 2 -t 1 10.9.0.5
