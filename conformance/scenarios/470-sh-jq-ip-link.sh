# 470-sh-jq-ip-link: jq 1.6 reading ip -j link output
# Pins down: jq's pretty and compact printing of iproute2's JSON, -r raw strings, string
# interpolation, select, length, keys, map, sort_by, the link fields ip -j prints for lo and veth.
ip -j link show | jq -r '.[].ifname'
ip -j link show lo | jq .
ip -j -p link show lo | jq -c .
ip link add v0 type veth peer name v1
ip -j link show | jq length
ip -j link show | jq -r '.[] | "\(.ifindex) \(.ifname) \(.operstate) \(.mtu)"'
ip -j link show v0 | jq -c '.[0].flags'
ip -j link show dev lo | jq -c '.[0] | keys'
ip -j link show | jq -c 'map(select(.ifname | startswith("v"))) | map(.ifname)'
ip -j link show | jq -c 'sort_by(.ifname) | map({name: .ifname, up: (.flags | index("UP") != null)})'
ip link set v0 up
ip -j link show v0 | jq -r '.[0] | .operstate, (.flags | join(","))'
ip -j link show | jq -c '[.[] | .link_type] | unique'
ip -j link show | jq -r '.[] | select(.ifname == "v1") | .link // "none"'
