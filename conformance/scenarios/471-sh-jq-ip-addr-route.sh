# 471-sh-jq-ip-addr-route: jq 1.6 over ip -j addr and ip -j route
# Pins down: selecting addresses by interface and family, building objects and arrays,
# add/group_by over routes, -e exit statuses, --arg, the addr_info and route fields of ip -j.
ip -j addr | jq '.[] | select(.ifname=="lo") | .addr_info[].local'
ip link add v0 type veth peer name v1
ip addr add 10.0.0.1/24 dev v0
ip addr add 10.0.1.1/24 dev v0
ip link set v0 up
ip -j addr show v0 | jq -r '.[0].addr_info[] | "\(.family) \(.local)/\(.prefixlen) \(.scope)"'
ip -j -4 addr | jq -c 'map({(.ifname): [.addr_info[].local]}) | add'
ip -j route | jq length
ip -j route | jq -c '.[]'
ip -j route | jq -r '.[] | select(.dev == "v0") | .dst'
ip -j route show table local | jq -c 'group_by(.type) | map({type: .[0].type, n: length})'
ip -j addr | jq --arg dev v0 -r '.[] | select(.ifname == $dev) | .addr_info | length'
ip -j addr | jq -e '.[] | select(.ifname == "nope")'; echo $?
ip -j addr | jq -e '.[0].ifname'; echo $?
ip -j addr show v0 | jq '.[0].addr_info[0] | has("broadcast"), has("label")'
