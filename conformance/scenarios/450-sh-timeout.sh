# 450-sh-timeout: coreutils timeout ending commands, its statuses and errors
# Pins down: 124 when the time runs out (the command gets SIGTERM), the command's own status
# when it ends in time, --preserve-status (128+15), -s SIGNAL (KILL: 137 with --preserve-status),
# -k, what ping prints when timeout ends it (SIGTERM: no statistics; -s INT: statistics),
# (a KILLed timeout makes bash report it, with a PID: hidden), duration suffixes, bad durations and signals, a missing command (127), timeout through netns exec.
timeout 1 sleep 3; echo $?
timeout 5 true; echo $?
timeout 5 false; echo $?
timeout 5 sh -c 'exit 7'; echo $?
timeout --preserve-status 1 sleep 3; echo $?
(timeout -s KILL 1 sleep 3; echo $?) 2>/dev/null
(timeout -s KILL --preserve-status 1 sleep 3; echo $?) 2>/dev/null
timeout -s INT 1 sleep 3; echo $?
timeout -k 1 1 sleep 3; echo $?
timeout 0.5s sleep 2; echo $?
timeout 1m true; echo $?
timeout 0 true; echo $?
timeout 1.5 ping -c 5 127.0.0.1 | cut -d' ' -f1-6; echo $?
timeout -s INT 1.5 ping -i 1 127.0.0.1 | grep -c 'bytes from'
timeout -s INT 2.5 ping 127.0.0.1 | tail -n 3 | head -n 2 | cut -d, -f1-3
timeout 2.5 ping 127.0.0.1 | grep -c statistics
timeout x true; echo $?
timeout 1x true; echo $?
timeout -s NOPE 1 true; echo $?
timeout 1; echo $?
timeout; echo $?
timeout 1 nosuch; echo $?
timeout 1 /etc; echo $?
ip netns add a; timeout 1 ip netns exec a sleep 3; echo $?
timeout 5 ip netns exec a ip -br link; echo $?
timeout -v 1 sleep 3; echo $?
timeout --foreground 1 sleep 3; echo $?
