# 435-sh-netns-pids-background: background processes in a namespace, ip netns pids/identify
# Pins down: `ip netns exec NS sleep N &` keeps running after its line (processes survive lines),
# ip netns pids lists it (one pid) and ip netns identify PID names NS, $! and $$ are numbers
# (compared, never printed), killing the pids empties the list, wait's status for a killed job
# (143), jobs output, deleting a namespace that still has a process.
ip netns add a
ip netns pids a | wc -l
ip netns exec a sleep 30 & sleep 0.5; ip netns pids a | wc -l
ip netns identify $(ip netns pids a)
[ $(ip netns pids a) -gt 1 ] && echo ok
[ $$ -gt 1 ] && echo shell pid ok
ip netns exec a bash -c '[ "$(ip netns identify $$)" = a ] && echo inside'
[ -z "$(ip netns identify $$)" ] && echo root has no name
ip netns pids a | xargs kill; sleep 0.5; ip netns pids a | wc -l
sleep 5 & [ $! -gt 1 ] && [ $! != $$ ] && echo bgpid; kill $!; wait $!; echo $?
sleep 1 & jobs; wait; echo done $?
wait; echo $?
ip netns exec a sleep 30 & sleep 0.5; p=$(ip netns pids a); ip netns del a; echo $?; ip netns list | wc -l; kill $p
