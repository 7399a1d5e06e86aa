# 427-sh-exec-fds: exec with redirections and exec of a program
# Pins down: exec N>file opening a descriptor for later >&N writes, N>&- closing it, exec N<file
# and read -u/<&N, a bad descriptor's message, exec > redirecting the rest of the shell's output,
# exec 2>/dev/null, exec PROGRAM replacing the shell (nothing after it runs).
mkdir -p /tmp/lnsh-427
exec 3>/tmp/lnsh-427/f; echo via3 >&3; ip -br link show lo >&3; exec 3>&-; cat /tmp/lnsh-427/f
exec 4</sys/class/net/lo/mtu; read m <&4; echo $m
exec 4</sys/class/net/lo/ifindex; read -u 4 m; echo $m
echo x >&5
exec > /tmp/lnsh-427/all; echo hidden; ip -br link show lo
cat /tmp/lnsh-427/all
exec 2>/dev/null; ip link show nosuch; echo $?
exec ip -br link show lo; echo never
exec nosuch; echo never
exec 3>&1; echo three >&3
rm -r /tmp/lnsh-427
