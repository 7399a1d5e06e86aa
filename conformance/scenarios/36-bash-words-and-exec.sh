# 36-bash-words-and-exec: what bash and execvp make of a line, not what a tutorial meant
# Pins down: a word starting with "//" is an ordinary argument (the study notes' "// why"
# comments are not comments in bash: ip and echo receive them, a line starting with "//"
# runs the directory "/" and fails with 126); bash's errors for a missing command (127),
# a missing path (127), a directory (126); ip netns exec reporting a failed execvp itself
# (exec of "X" failed: ENOENT or EACCES, exit 1) in a named namespace and with -all.
ip netns add ns1
ip netns add ns2
// a notes-style comment line
echo a // b
ip link show lo // x
ip -n ns1 link show lo // x
ip netns exec ns1 nosuchcmd
ip netns exec ns1 nosuchcmd --with args
ip netns exec ns1 /usr/sbin/nosuch
ip netns exec ns1 /etc
ip netns exec ns1 //
ip netns exec ns1 /usr/sbin/ip -br link
ip netns exec ns1 /sbin//ip -br link
ip -all netns exec nosuchcmd
ip -all netns exec ip -br link
nosuchcmd
nosuchcmd arg
/usr/bin/nosuch
/etc
/usr/sbin/../sbin/ip -br link show lo
