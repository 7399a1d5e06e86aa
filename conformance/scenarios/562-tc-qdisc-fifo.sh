# 562-tc-qdisc-fifo: tc qdisc on veth, bridge, lo and tap: the defaults, the fifo qdiscs, and tc_modify_qdisc's rules
# Pins down: default qdiscs (noqueue on lo/veth/bridge, pfifo_fast on tap, nothing shown before first up); pfifo,
#   bfifo and pfifo_head_drop with and without limit (the default from txqueuelen and the MTU); add / replace /
#   change / delete with explicit handles and the kernel's extack errors for each refusal; a different kind on
#   add, replace or change grafts a new qdisc; refcnt 1+tx queues (veth 3, lo 2); ip link's qdisc column; -s, -j;
#   tc's own errors (unknown kind options, bad handles, missing arguments, unknown objects and commands).
ip link add qa type veth peer name qb
ip link add qbr type bridge
ip tuntap add mode tap qtap
tc qdisc show
ip link set qa up
ip link set qb up
ip link set qbr up
ip link set qtap up
tc qdisc show
tc -s qdisc show dev qtap
tc qdisc add dev qa root handle 1: pfifo
tc qdisc show dev qa
ip link show qa
tc qdisc add dev qa root handle 2: pfifo limit 7
tc qdisc add dev qa root pfifo limit 7
tc qdisc replace dev qa root handle 1: bfifo
tc qdisc change dev qa root handle 1: pfifo limit 42
tc qdisc show dev qa
tc qdisc replace dev qa root handle 3: pfifo_head_drop limit 5
tc qdisc show dev qa
tc qdisc change dev qa root handle 3: bfifo limit 9
tc qdisc add dev qa root handle 4: bfifo
tc qdisc show dev qa
tc qdisc change dev qa root handle 5: bfifo limit 4000
tc qdisc change dev qa root bfifo limit 4000
tc qdisc show dev qa | sed 's/ 8[0-9a-f]\{3\}:/ AUTO:/'
tc qdisc change dev qa root pfifo limit 12
tc qdisc show dev qa | sed 's/ 8[0-9a-f]\{3\}:/ AUTO:/'
tc -j qdisc show dev qa | sed 's/"8[0-9a-f]\{3\}:"/"AUTO:"/'
tc qdisc del dev qa root handle 9:
tc qdisc del dev qa root
tc qdisc show dev qa
tc qdisc del dev qa root
ip link set qa txqueuelen 300
tc qdisc add dev qa root handle 10: pfifo
tc qdisc add dev qb root handle 10: bfifo
tc qdisc show
ip link set qb mtu 1000
tc qdisc replace dev qb root handle 11: bfifo
tc qdisc show dev qb
tc qdisc add dev qb root handle 12: pfifo_fast
tc qdisc replace dev qb root handle 12: pfifo_fast
tc qdisc show dev qb
tc qdisc add dev lo root handle 1: pfifo limit 3
tc qdisc show dev lo
ip link show lo
tc qdisc del dev lo root
tc qdisc show dev lo
tc qdisc add dev qbr root handle 1: pfifo
tc -s qdisc show dev qbr
tc qdisc add dev qtap root handle 1: bfifo limit 20kb
tc qdisc show dev qtap
tc qdisc del dev qtap root
tc qdisc show dev qtap
tc qdisc add dev qa root handle 1: netem delay 10ms
tc qdisc add dev qa root handle 1: fq_codel
tc qdisc add dev qa root handle 1: sfq
tc qdisc add dev qa root handle 1: prio
tc qdisc add dev qa root handle 1: bogus
tc qdisc add dev qa root handle 1: bogus limit 3
tc qdisc add dev qa root handle 1: pfifo_fast limit 3
tc qdisc add dev qa root handle 1: pfifo limit abc
tc qdisc add dev qa root handle 1: pfifo limit
tc qdisc add dev qa root handle 1: pfifo foo
tc qdisc add dev qa root handle 1: bfifo help
tc qdisc add dev qa handle 20: pfifo
tc qdisc add dev qa pfifo
tc qdisc add dev qa parent 7:1 handle 20: pfifo
tc qdisc add dev qa root handle zz: pfifo
tc qdisc add dev qa root handle 1:2 pfifo
tc qdisc add dev qa root root pfifo
tc qdisc add dev qa root handle 1: handle 2: pfifo
tc qdisc add dev nosuch root pfifo
tc qdisc add dev qa dev qb root pfifo
tc qdisc show dev nosuch
tc qdisc show dev qa root
tc qdisc show dev qa handle 10:
tc qdisc show dev qa handle 11:
tc qdisc show dev qa wat
tc qdisc list
tc qdisc ls dev qa
tc qdisc foo
tc foo
tc -zz qdisc show
tc
tc -s -j qdisc show dev qtap
ip link show qtap
