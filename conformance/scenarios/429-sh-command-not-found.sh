# 429-sh-command-not-found: status 127 and 126 and their messages
# Pins down: a missing command (127, "command not found"), a missing path (127, "No such file or
# directory"), a directory (126, "Is a directory"), a non-executable file (126, "Permission
# denied"), the empty command "", an empty unquoted variable as a command word (disappears), the
# notes' typos (IP, iplink), 127 in a pipeline and after ||.
nosuch
nosuch arg; echo $?
nosuch 2>/dev/null; echo $?
nosuch || echo fallback
/sys/class/net
/sys/class/net/lo/mtu
./nosuch
/usr/sbin/nosuch
""
e=; $e
e=; $e ip -br link show lo
IP netns list
iplink set lo up
ip netns add ns0; ip netns exec ns0 nosuch; echo $?
nosuch | wc -l
echo | nosuch
cd /sys/class/net; ./lo
