# 415-sh-command-substitution: $( ) and backticks, nested, quoted and unquoted
# Pins down: the output replaces the construct with trailing newlines removed, nesting of $( )
# and of escaped backticks, the status of an assignment from $( ) is the command's, stderr is not
# captured unless redirected inside, a substitution producing a command to run, quoted
# substitution keeping newlines.
echo "lo has index $(cat /sys/class/net/lo/ifindex)"
echo $(echo $(cat /sys/class/net/lo/ifindex))
echo `echo \`cat /sys/class/net/lo/mtu\``
echo "$(echo "nested $(echo "quotes")")"
x=$(ip link show nosuch); echo "[$x] $?"
x=$(ip link show nosuch 2>&1); echo "[$x]"
x=$(ip link show nosuch 2>&1); echo $?
x=$(printf 'a\n\n\n'); echo "[$x]"
x=$(printf '\n\na'); echo "[$x]"
$(echo echo hi)
`echo ip` -br link show lo
echo $(ip -o link | wc -l)
echo "$(ls /sys/class/net /proc/sys/net/ipv4/conf)"
echo $(ls /sys/class/net /proc/sys/net/ipv4/conf)
echo $( (echo sub; echo shell) | wc -l)
echo $(exit 3); echo $?
x=$(exit 3); echo $?
echo "$(cat /sys/class/net/lo/mtu)" '$(cat /sys/class/net/lo/mtu)'
echo $(
