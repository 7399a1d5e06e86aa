# 478-sh-proc-net-files: the /proc/net files of a namespace, read with cat, grep and awk
# Pins down: /proc/net/if_inet6 (sorted: its order follows a per-namespace hash; hex address,
# ifindex, prefix length, scope, flags, device), /proc/net/dev, route and arp of a small set-up,
# /proc/net/unix of a namespace without AF_UNIX sockets (its header), all per namespace.
ip netns add lnf478; ip -n lnf478 link set lo up
ip -n lnf478 link add q0 type veth peer name q1; ip -n lnf478 link set q0 addrgenmode none; ip -n lnf478 link set q1 addrgenmode none
ip -n lnf478 link set q0 up; ip -n lnf478 link set q1 up; ip -n lnf478 addr add 10.48.0.1/24 dev q0; ip -n lnf478 addr add 2001:db8:48::1/64 dev q0 nodad
ip netns exec lnf478 cat /proc/net/if_inet6 | sort
ip netns exec lnf478 cat /proc/net/route
ip netns exec lnf478 cat /proc/net/arp
ip netns exec lnf478 awk '{print $1}' /proc/net/dev
ip netns exec lnf478 cat /proc/net/unix
cat /proc/net/if_inet6
ip netns exec lnf478 grep -c q0 /proc/net/if_inet6
