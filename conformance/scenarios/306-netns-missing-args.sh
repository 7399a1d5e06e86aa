# 306-netns-missing-args: ip netns subcommands with missing or odd arguments (iproute2 6.1)
# Pins down: a missing NAME is "No netns name specified" with exit 1 for add, delete, exec and
# pids; exec checks for a command before it opens the namespace ("No command specified", exit
# 1, also for a missing namespace); an invalid name exits 255; exec of a missing namespace with
# a command is "Cannot open network namespace" (exit 255); pids of a missing one has its own
# shorter message; identify wants a pid; exec failures inside a namespace exit 1.
ip netns add
ip netns delete
ip netns exec
ip netns pids
ip netns add a/b
ip netns delete a/b
ip netns exec a/b ls
ip netns add x
ip netns exec x
ip netns exec nosuch
ip netns exec nosuch ls
ip netns exec x nosuchcmd
ip netns exec x ""
ip netns exec x /
ip netns identify nosuch
ip netns pids nosuch
ip netns delete nosuch
ip netns add x
ip netns list
