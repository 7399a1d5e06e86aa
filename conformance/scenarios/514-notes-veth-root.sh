
# 514-notes-veth-root: the veth walk-through of seeds 002/004 typed as root (no sudo)
# Pins down: `ip link add type veth` names the pair veth0/veth1, M-DOWN, moving the ends into
# ns0/ns1 (link-netns names in ip addr), the notes' `iplink set` typo through ip netns exec
# (so both ends stay DOWN: ip addr shows DOWN with the address, ping from ns1 has no route),
# `ethtool -S veth1` peer_ifindex, `ip link | grep 5`; then (additions) the ends brought up
# with the correct command and the ping the notes show.
# Changes: `sudo ` dropped (513 has it); fixed MACs on veth0/veth1 so that `grep 5` selects
# the same lines every run.  Set-up: ns0 with lo up (earlier blocks).
ip netns add ns0
ip netns exec ns0 ip link set lo up
ip link add type veth
ip addr
ip link add vethfoo type veth peer name vethbar
ip link set veth0 address 02:00:00:00:00:01
ip link set veth1 address 02:00:00:00:00:02
ip netns add ns1
ip netns list
ip link set veth0 netns ns0
ip link set veth1 netns ns1
ip netns exec ns0 iplink set veth0 up
ip netns exec ns0 ip addr add 10.0.1.1/24 dev veth0
ip netns exec ns1 iplink set veth1 up
ip netns exec ns1 ip addr add 10.0.1.2/24 dev veth1
ip netns exec ns0 ip addr
ip netns exec ns1 ip addr
ip netns exec ns1 ping -c 3 10.0.1.1
ip netns exec ns1 ethtool -S veth1
ip netns exec ns0 ip link | grep 5
# additions: the typo corrected
ip netns exec ns0 ip link set veth0 up
ip netns exec ns1 ip link set veth1 up
# settle: carrier/operstate changes go through the kernel's link watcher; give it 0.2 s
ping -q -c 2 -i 0.2 127.0.0.1
ip netns exec ns1 ping -c 3 10.0.1.1
ip netns exec ns0 ip addr
