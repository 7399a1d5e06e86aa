# 400-sh-pipelines: pipelines of two, three and four stages over ip and sysfs output
# Pins down: every stage of `a | b | c` gets the previous stage's stdout (stderr is not piped);
# the pipeline's exit status is the last stage's; grep -c, tr -d, wc -l, sort, head, cut, awk as
# pipeline stages; stdin of the first stage is /dev/null.
ip link add v0 type veth peer name v1
ip link | grep -c mtu
ip link | grep -c mtu | tr -d ' '
ip -o link | wc -l
ip -o link | wc -l | tr -d ' \n'
ls /sys/class/net | sort -r | head -n 1
ip -br link | awk '{print $1}' | sort | tr '\n' ' '
ip link show lo | head -n 1 | cut -d' ' -f2
ip link show lo | head -n 1 | cut -d' ' -f2 | tr -d ':'
ip link | grep -v mtu | wc -l
cat /sys/class/net/lo/mtu | tr 6 7
ip link show nosuch | wc -l
ip link show lo | grep -c nosuch
ip -br link | grep -c '^v' | cat | cat | cat
echo a b c | tr ' ' '\n' | sort -r | head -n 2 | tail -n 1
cat | wc -c
