# 446-sh-xargs-seq: seq and xargs driving ip
# Pins down: seq forms, xargs -n1, -I{} substitution building namespace and device names, xargs
# with no input running the command once (and -r not), xargs' status 123 when a command fails,
# seq -s and -w.
seq 3
seq 2 4
seq 0 2 6
seq -s, 3
seq -w 8 10
seq 1 3 | xargs -n1 echo ns
seq 0 2 | xargs -I{} ip netns add x{}
ip netns list
seq 0 2 | xargs -I{} ip -n x{} link show lo | grep -c lo
ip netns list | awk '{print $1}' | xargs -n1 ip netns del; ip netns list | wc -l
true | xargs echo empty
true | xargs -r echo empty; echo $?
echo nosuch1 | xargs ip link show; echo $?
echo lo | xargs ip -br link show
seq 3 | xargs
for i in $(seq 2); do ip link add s$i type veth peer name t$i; done; ip -br link | wc -l
