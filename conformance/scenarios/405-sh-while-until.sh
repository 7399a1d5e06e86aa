# 405-sh-while-until: while and until loops with counters and with ip as the condition
# Pins down: `while COND; do ...; done`, `until`, arithmetic counters `$((i+1))` and `((i++))`,
# `while :` with break, a false condition runs the body zero times (status 0), `while read` over a
# pipeline, the exit status of the condition command deciding.
i=0; while [ $i -lt 3 ]; do ip link add d$i type veth peer name p$i; i=$((i+1)); done
ip -br link | wc -l
n=0; until ! ip link show d$n >/dev/null 2>&1; do n=$((n+1)); done; echo first free d$n
n=0; while ip link show p$n >/dev/null 2>&1; do ((n++)); done; echo $n
while false; do echo never; done; echo $?
until true; do echo never; done; echo $?
i=0; while :; do i=$((i+1)); [ $i -eq 5 ] && break; done; echo $i
ip -o link | while read num name rest; do echo "$num $name"; done
ls /sys/class/net | while read d; do echo "$d=$(cat /sys/class/net/$d/ifindex)"; done
i=3; while ((i--)); do echo $i; done
x=0; ip -o link | while read l; do x=$((x+1)); done; echo $x
