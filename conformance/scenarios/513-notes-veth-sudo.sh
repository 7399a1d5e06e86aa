
# 513-notes-veth-sudo: seeds 002/004 veth pair walk-through (ns0/ns1), every command verbatim
# Pins down: `sudo ip link add type veth` on a machine without sudo (127), so veth0/veth1
# never exist: `ip addr`, vethfoo/vethbar, ns1, the moves fail (Cannot find device), the
# notes' `iplink set` typo through `ip netns exec` (exec of "iplink" failed), address adds
# fail, ping from ns1 has no route, ethtool -S of a missing device, `ip link | grep 5`.
# Set-up from earlier blocks: ip netns add ns0, ip netns exec ns0 ip link set lo up.
ip netns add ns0
ip netns exec ns0 ip link set lo up
sudo ip link add type veth
ip addr
ip link add vethfoo type veth peer name vethbar
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
