# 449-sh-files-ip-batch: files written by the shell feeding ip and iptables
# Pins down: printf writing a command file read by ip -batch, ip -batch's error report for a bad line
# (line number, status 1), a saved ip -o output read back with while read, iptables-save > file and
# iptables-restore < file, cmp/diff-free comparison with [ "$(cat a)" = "$(cat b)" ], cat of several
# files, tee writing a file and stdout.
mkdir -p /tmp/lnsh-449
printf 'link add b0 type veth peer name b1\nlink set b0 up\n' > /tmp/lnsh-449/cmds; ip -batch /tmp/lnsh-449/cmds; ip -br link | wc -l
printf 'link set b1 up\nlink show nosuch\nlink set b1 down\n' > /tmp/lnsh-449/bad; ip -batch /tmp/lnsh-449/bad; echo $?
ip -o link > /tmp/lnsh-449/links; while read n name rest; do echo ${name%%@*}; done < /tmp/lnsh-449/links
iptables -A INPUT -s 10.9.9.9 -j DROP; iptables-save > /tmp/lnsh-449/rules; iptables -F; iptables -S INPUT
iptables-restore < /tmp/lnsh-449/rules; iptables -S INPUT
grep -c -- '-A INPUT' /tmp/lnsh-449/rules
ip -br link show lo > /tmp/lnsh-449/a; ip -br link show lo > /tmp/lnsh-449/b; [ "$(cat /tmp/lnsh-449/a)" = "$(cat /tmp/lnsh-449/b)" ] && echo same
cat /tmp/lnsh-449/a /tmp/lnsh-449/cmds
ip -br link show lo | tee /tmp/lnsh-449/t | wc -l; cat /tmp/lnsh-449/t
ip -batch /tmp/lnsh-449/nosuch
rm -r /tmp/lnsh-449
