# 860-trace-lo-down: a namespace whose lo is down
# Pins down: its own addresses and 127.0.0.1 are unreachable; lo up fixes it
ip netns add x
ip netns exec x ping -c 1 -W 1 127.0.0.1
ip netns exec x ip link set lo up
ip netns exec x ping -c 1 -W 1 127.0.0.1
