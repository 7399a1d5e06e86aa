# 317-neigh-args-proxy: how ip neigh (iproute2 6.1) reads its arguments, and proxy entries
# Pins down: ipneigh_modify's loop: "proxy ADDR" takes the address, a second address is garbage
# ("either "to" is duplicate"), a missing dev or address, lladdr kept as text and parsed after the
# loop (one-digit bytes, extra bytes cut by the kernel, too few "Invalid link address", bad hex),
# del with lladdr/nud words; proxy entries: add/del/get with "proxy ADDR", "proxy" alone after an
# address is incomplete, show proxy, flush proxy (any argument satisfies flush), get of a
# missing entry; ip neigh help (usage, exit 255); the command's abbreviations.
sysctl -q -w net.ipv6.conf.all.disable_ipv6=1
ip link add eth5 type veth peer name eth6
ip addr add 192.0.2.1/24 dev eth5
ip link set eth5 up
ip link set eth6 up
ip neigh add 192.0.2.9 lladdr 02:00:00:00:00:09
ip neigh add lladdr 02:00:00:00:00:09 dev eth5
ip neigh add 192.0.2.9 lladdr 02:00:00:00:00:09 dev eth5 nud
ip neigh add 192.0.2.9 lladdr dev eth5
ip neigh add 192.0.2.9 lladdr 02:00:00:00:00:09 lladdr 02:00:00:00:00:08 dev eth5
ip neigh add 192.0.2.9 lladdr 02:00:00:00:00:09:aa dev eth5
ip neigh show dev eth5
ip neigh del 192.0.2.9 dev eth5 lladdr 02:00:00:00:00:01 nud stale
ip neigh add 192.0.2.9 lladdr 02:00 dev eth5
ip neigh add 192.0.2.9 lladdr 2:0:0:0:0:a dev eth5 nud stale
ip neigh show dev eth5
ip neigh del 192.0.2.9 dev eth5
ip neigh add 192.0.2.9 lladdr 02:zz:00:00:00:09 dev eth5
ip neigh add 192.0.2.9 lladdr 02:100:00:00:00:09 dev eth5
ip neigh add 192.0.2.10 lladdr 02:00:00:00:00:0a dev eth5 bogus
ip neigh add 192.0.2.11/24 lladdr 02:00:00:00:00:0b dev eth5
ip neigh del 192.0.2.99
ip neigh del dev eth5
ip neigh show dev eth5
ip neigh add 192.0.2.12 lladdr 02:00:00:00:00:12 dev eth5 nud permanent proxy
ip neigh add proxy 192.0.2.13 dev eth5
ip neigh add proxy 192.0.2.14 dev eth5
ip neigh add 192.0.2.15 proxy 192.0.2.16 dev eth5
ip neigh show proxy
ip neigh show proxy dev eth5
ip neigh get proxy 192.0.2.13 dev eth5
ip neigh get proxy 192.0.2.99 dev eth5
ip neigh get 192.0.2.13 dev eth5 proxy
ip neigh get 192.0.2.13 dev eth5
ip neigh get
ip neigh del 192.0.2.13 dev eth5 proxy
ip neigh del proxy 192.0.2.13 dev eth5
ip neigh del proxy 192.0.2.13 dev eth5
ip neigh show proxy
ip neigh flush proxy
ip neigh show proxy
ip neigh flush
ip neigh help
ip neigh bogus
ip n show dev eth5
ip neighbour show dev eth5
