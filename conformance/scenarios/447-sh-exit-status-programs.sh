# 447-sh-exit-status-programs: exit statuses passing through nested programs
# Pins down: $? of the first command of a fresh shell (0), statuses through ip netns exec, bash -c,
# sh -c, timeout (124), a killed child (128+signal; for SIGKILL bash reports it on stderr, with a PID,
# hidden here), kill -0, `wait` for a finished job, true/false/: statuses, `!` on a pipeline
# through netns exec.
echo $?
ip netns add a
ip netns exec a false; echo $?
ip netns exec a bash -c 'exit 200'; echo $?
ip netns exec a sh -c 'exit 3'; echo $?
bash -c 'bash -c "exit 9"'; echo $?
timeout 1 sleep 3; echo $?
timeout 5 ip -br link show lo; echo $?
timeout 1 ip netns exec a sleep 3; echo $?
kill -0 $$ && echo alive
(sleep 5 & kill -TERM $!; wait $!; echo $?)
(sleep 5 & kill -KILL $!; wait $!; echo $?) 2>/dev/null
(false & wait $!; echo $?)
true; echo $?; false; echo $?; :; echo $?
! ip netns exec a ip link show nosuch 2>/dev/null | grep -q x; echo $?
ip netns exec a ip link show nosuch 2>/dev/null | grep -q x; echo $?
