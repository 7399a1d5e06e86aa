# 490-sh-pids-signals: process ids as the network tools and bash's kill/wait see them
# Pins down: ip netns identify with a pid that does not exist / is not a number / extra
# arguments, ip netns pids with extra arguments, `ip link set DEV netns PID` moving a device into
# the namespace of a process (and back by the shell's own pid; `netns 1` is not recorded: the
# oracle's pid 1 lives outside its sandbox), a missing pid (ESRCH),
# /proc/PID/ns/net as a netns file, kill's errors and signal specs (bash builtin and procps' kill),
# wait's errors, a job's status for SIGKILL/SIGHUP/SIGUSR1, kill -l translations.
ip netns add a
ip netns identify 99999999; echo $?
ip netns identify 12x; echo $?
ip netns identify 1 2; echo $?
ip netns pids a b; echo $?
ip link add m0 type veth peer name m1
ip netns exec a sleep 20 & sleep 0.3; ip link set m1 netns $(ip netns pids a); ip -n a -br link | wc -l
ip -n a link set m1 netns $$; ip -br link show m1 | cut -d' ' -f1
ip link set m0 netns 99999999; echo $?
ip link set m0 netns /proc/$(ip netns pids a)/ns/net; ip -n a -br link | wc -l
ip netns exec a sleep 20 & sleep 0.3; nsenter -t $(ip netns pids a | head -1) -n ip -br link | wc -l
kill 99999999; echo $?
kill -FOO 99999999; echo $?
kill -s; echo $?
kill abc; echo $?
kill; echo $?
kill -l 9 TERM 143
kill -l 99; echo $?
/usr/bin/kill 99999999; echo $?
/usr/bin/kill abc; echo $?
/usr/bin/kill -l 15
wait 99999999; echo $?
wait abc; echo $?
wait %4; echo $?
sleep 5 & kill -9 $! 2>/dev/null; wait $! 2>/dev/null; echo $?
sleep 5 & kill -HUP $!; wait $! 2>/dev/null; echo $?
sleep 5 & kill -s USR1 $!; wait $! 2>/dev/null; echo $?
sleep 5 & kill -0 $! && echo exists; kill %1; wait; echo $?
kill $(ip netns pids a); sleep 0.3; ip netns pids a | wc -l
nsenter -t 99999999 -n true; echo $?
nsenter -t abc -n true; echo $?
nsenter -n true; echo $?
nsenter --net=/run/netns/nosuch true; echo $?
nsenter --bogus; echo $?
unshare --bogus; echo $?
