# 454-sh-xargs-tac: xargs running ip and friends, its statuses; tac over ip output
# Pins down: xargs -n1/-I/-0/-t/-r with ip, 123 for a failing command, 124 for 255, 127 for a
# missing one, its quote error; tac reversing ip's lines.
ls /sys/class/net | xargs -n1 echo dev
echo lo | xargs -I{} cat /sys/class/net/{}/mtu
echo lo | xargs -t ip -br link show
echo nosuch | xargs -r ip link del; echo $?
echo a | xargs nosuchcmd; echo $?
seq 3 | xargs -I% sh -c 'exit %'; echo $?
echo x | xargs sh -c 'exit 255'; echo $?
printf 'lo\0' | xargs -0 -n1 ip -br link show
echo "it's" | xargs echo; echo $?
xargs -n 0 < /dev/null; echo $?
ip link add v0 type veth peer name v1; ip -br link | cut -d' ' -f1 | xargs
ip -o link | cut -d: -f2 | tac
seq 3 | tac
printf 'a,b,c' | tac -s,; echo
ip link show lo | tac | head -n 1
