# 567-txqueuelen-zero: txqueuelen set to 0 and back on a veth and a bridge
# Pins down: IFLA_TXQLEN 0 is taken (sysfs tx_queue_len 0), ip link then prints no qlen at all (print_queuelen), -j omits txqlen, and the aliases qlen/txqlen.
ip link add tqa type veth peer name tqb
ip link set tqa txqueuelen 5
ip link show tqa | head -1
ip link set tqa txqueuelen 0
ip link show tqa | head -1
cat /sys/class/net/tqa/tx_queue_len
ip link add tqd type bridge
ip link set tqd txqueuelen 0
ip link show tqd | head -1
ip link set tqa qlen 0
ip link show tqa | head -1
ip -j link show tqa | jq '.[0].txqlen'
ip link set tqa txqlen 7
ip -j link show tqa | jq '.[0].txqlen'
