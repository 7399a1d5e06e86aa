
# 512-notes-ns0-lo: seeds 002/004 "ip netns命令" .. "操作Network Namespace" blocks, verbatim
# Pins down: `ip netns help` (the usage text and its exit status), ns0 creation and list,
# the duplicate-name error the notes quote (neighbour line: `ip netns add ns0` again), the new
# namespace's lo DOWN, ping -> connect: Network is unreachable, lo up, ping works.
# Changes: the notes' `ping 127.0.0.1` gets -c 3 (the later block already has -c 3).
ip netns help
ip netns add ns0
ip netns list
ip netns add ns0
ip netns exec ns0 ip addr
ip netns exec ns0 ping -c 3 127.0.0.1
ip netns exec ns0 ip link set lo up
ip netns exec ns0 ping -c 3 127.0.0.1
