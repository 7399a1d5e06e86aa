# 423-sh-redirect-fds: 2>&1, 2>/dev/null, &>, >&2 and their order
# Pins down: stderr into a pipe only with 2>&1, `2>&1 >/dev/null` (stderr still to the old stdout)
# vs `>/dev/null 2>&1`, &> and &>> for both streams, >&2 writing to stderr, 1>&2 in a pipeline
# of a subshell reaching the pipe through the subshell's 2>&1.
mkdir -p /tmp/lnsh-423
ip link show nosuch 2>/dev/null; echo $?
ip link show nosuch 2>&1 | tr a-z A-Z
ip link show nosuch | tr a-z A-Z
ip link show nosuch > /tmp/lnsh-423/o 2>&1; cat /tmp/lnsh-423/o
ip link show nosuch 2>&1 >/dev/null | wc -l
ip link show nosuch >/dev/null 2>&1 | wc -l
ip -br link show lo &> /tmp/lnsh-423/all; ip link show nosuch &>> /tmp/lnsh-423/all; cat /tmp/lnsh-423/all
ip link show nosuch &>/dev/null; echo $?
echo err >&2
(echo err 1>&2) 2>&1 | wc -c
ls -d /sys/class/net/lo /nosuch 2>&1 >/dev/null | wc -l
ip -br link show lo 2>/tmp/lnsh-423/e >/tmp/lnsh-423/o; cat /tmp/lnsh-423/o; wc -c < /tmp/lnsh-423/e
ip link show nosuch 2>/tmp/lnsh-423/e; cat /tmp/lnsh-423/e
echo to-stderr 2>&1 1>&2 | wc -c
rm -r /tmp/lnsh-423
