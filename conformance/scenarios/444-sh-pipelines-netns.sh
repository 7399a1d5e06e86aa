# 444-sh-pipelines-netns: loops and pipelines over namespaces
# Pins down: `ip netns list | while read ...`, `for ns in $(ip netns list | cut ...)` running ip
# netns exec per namespace, the `(id: N)` suffix of ip netns list and stripping it, ip -all netns
# exec piped, counting with wc/grep over several namespaces.
for n in red green blue; do ip netns add $n; done
ip netns list | while read n rest; do echo ns=$n; done
for ns in $(ip netns list | cut -d' ' -f1); do ip netns exec $ns ip -br link show lo; done
ip link add vr type veth peer name vg
ip link set vr netns red; ip link set vg netns green
ip netns list
ip netns list | awk '{print $1}' | sort | tr '\n' ' '
for ns in $(ip netns list | awk '{print $1}'); do echo $ns $(ip -n $ns -o link | wc -l); done
ip -all netns exec ip -br link show lo | grep -c UNKNOWN
ip -all netns exec ip -br link show lo | grep -c DOWN
ip netns list | grep -c id
for ns in $(ip netns list | awk '{print $1}'); do ip -n $ns link set lo up; done; ip -all netns exec ip -br link show lo | grep -c UNKNOWN
ip netns list | cut -d' ' -f1 | xargs -n1 ip netns del; ip netns list | wc -l
