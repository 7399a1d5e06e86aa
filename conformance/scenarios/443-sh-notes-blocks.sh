# 443-sh-notes-blocks: the study notes' shell one-liners, verbatim where runnable
# Pins down: the notes' loop over /sys/class/net with backticks and `;done`, `ip link show | grep`,
# `ip a | grep inet`, the notes' `ip netns exec NS bash` (nothing happens without a terminal), a
# numbered grep, pipes through ip netns exec (veth0 gets a fixed MAC so that `grep 5` does not depend on
# a random one).
ip netns add ns0
ip link add veth0 type veth peer name veth1
ip link set veth0 address 02:00:00:00:00:05
ip link set veth1 netns ns0
for i in `ls /sys/class/net/`; do echo $i; cat /sys/class/net/$i/ifindex ;done
ip link show | grep 5
ip link show | grep num
ip link show | grep veth
ip a | grep inet
ip netns exec ns0 bash
ip netns exec ns0 ip link | grep -c veth1
ip netns exec ns0 ip a | grep -n inet
ip -n ns0 link show | grep -o 'veth1@[a-z0-9]*'
ip netns list | grep ns0
ip link show | grep -i LOOPBACK
ip link show type veth | grep -c mtu
