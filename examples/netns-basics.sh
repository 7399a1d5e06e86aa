# The study notes' network-namespace walk-through (seeds: "net namespace"), runnable as is.
# 新建netns
ip netns add mynetns
# 查看netns
ip netns list
ip netns show
ip netns exec mynetns ip link list
# a new namespace has only lo, and it is DOWN: nothing answers, not even 127.0.0.1
ip netns exec mynetns ping -c 1 127.0.0.1
ip netns exec mynetns ip link set dev lo up
ip netns exec mynetns ping -c 2 -i 0.2 127.0.0.1
ls /var/run/netns
# 删除netns
ip netns del mynetns
ip netns list
