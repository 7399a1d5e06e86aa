# 38-route-dump-families: which address families an `ip route` listing dumps
# Pins down: `ip route show` without a table lists IPv4 main only; `table all` / `table 0`
# without -4 asks the kernel for every family, so IPv6 routes (local ::1) follow the IPv4
# ones, in text and JSON; a prefix selector makes it IPv4 again; dev/type filters apply to
# both families (and hide the dev column); -4/-6 restrict it; `table local` is IPv4 only.
ip link add v0 type veth peer name v1
ip addr add 10.0.0.1/24 dev v0
ip addr add 10.9.0.1/16 dev v1
ip route show
ip route show table all
ip route show table 0
ip route show table local
ip -4 route show table all
ip -6 route show table all
ip route show table all dev lo
ip route show table all type local
ip route show table all type broadcast
ip route show table all proto kernel
ip route list table all 10.0.0.0/24
ip route show table all root 10.0.0.0/8
ip -j route show table all
ip -j -p route show table all dev lo
