# 473-sh-jq-bridge-netns: jq 1.6 with bridge -j and ip -j in namespaces
# Pins down: bridge -j link fields (ifname, master, state), ip -d -j linkinfo, ip -j netns list,
# ip -n NS -j output piped to jq, to_entries/with_entries/del over iproute2 objects.
ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link set v0 master br0
bridge -j link | jq -r '.[] | "\(.ifname) master=\(.master) state=\(.state)"'
ip -d -j link show br0 | jq -r '.[0].linkinfo.info_kind'
ip -j link show type bridge | jq -r '.[].ifname'
ip -j link show master br0 | jq -c 'map(.ifname)'
ip netns add a
ip netns add b
ip -j netns list | jq -c 'map(.name) | sort'
ip link set v1 netns a
ip -n a -j link | jq -r '.[].ifname'
ip netns exec a ip -j link show v1 | jq -c '.[0] | {ifname, operstate, mtu}'
ip -j link show lo | jq -c '.[0] | del(.flags, .addr_info) | to_entries | map(.key)'
ip -j link show lo | jq -c '.[0] | with_entries(select(.value | type == "number"))'
