
# 517-notes-tap-netns: seed 003 "Linux Net Namespace" tap0/tap1 walk-through, verbatim
# Pins down: taps with 11.0.0.1/2 (`ip addr show` vs `ip link show`), moved into ns0/ns1
# (reset: DOWN, no address; the root loses its 11.0.0.x), the notes' pings (root and ns0,
# the same one twice), `ip netns exec ns0 bash` with stdin /dev/null (a nested shell that
# reads nothing and exits), `ip link show / ip addr show ` as one ip command, then the taps
# reconfigured inside with 10.0.0.1/2: without a program behind them they have no carrier,
# and the notes' pings to 11.0.0.1/2 from ns0 have no route.
# Changes: pings get -c 3; the nested interactive shell cannot be recorded (each line is a
# fresh bash -c with stdin /dev/null), so after the verbatim `ip netns exec ns0 bash` and the
# typed line (run in the root), what was typed into it is also run as
# `ip netns exec ns0 bash -c '...'`, once as written and once per command it means; the
# `[root@fabric-test-4 centos]# ` prompts are dropped.
ip tuntap add dev tap0 mode tap 
ip tuntap add dev tap1 mode tap 
ip link set tap0 up
ip link set tap1 up
ip addr add 11.0.0.1/24 dev tap0
ip addr add 11.0.0.2/24 dev tap1
ip addr show tap0
ip addr show tap1
ip link show tap0
ip link show tap1
ip netns add ns0
ip netns add ns1
ip link set tap0 netns ns0
ip link set tap1 netns ns1
ping -c 3 11.0.0.1
ping -c 3 11.0.0.2
ip netns exec ns0 ping -c 3 11.0.0.2
ip netns exec ns0 ping -c 3 11.0.0.2
ip netns exec ns0 bash
ip link show / ip addr show 
ip netns exec ns0 bash -c 'ip link show / ip addr show '
ip netns exec ns0 bash -c 'ip link show'
ip netns exec ns0 bash -c 'ip addr show'
ip netns exec ns0 ip link set lo up
ip netns exec ns0 ip link set tap0 up
ip netns exec ns0 ip addr add 10.0.0.1/24 dev tap0
ip netns exec ns1 ip link set lo up
ip netns exec ns1 ip link set tap1 up
ip netns exec ns1 ip addr add 10.0.0.2/24 dev tap1
ip netns exec ns0 ping -c 3 11.0.0.1
ip netns exec ns0 ping -c 3 11.0.0.2
