# 422-sh-redirect-out-append: > and >> to files under /tmp, truncation, noclobber, errors
# Pins down: > creates/truncates, >> appends, a bare `> f` truncates, the redirection errors of bash
# (missing directory, a directory, noclobber) with status 1 and the command not run, >| overriding
# noclobber, redirection of ip output into a file and reading it back.
mkdir -p /tmp/lnsh-422
ip -br link show lo > /tmp/lnsh-422/out
cat /tmp/lnsh-422/out
echo second >> /tmp/lnsh-422/out
cat /tmp/lnsh-422/out
ip -o link | wc -l >> /tmp/lnsh-422/out; cat /tmp/lnsh-422/out
> /tmp/lnsh-422/out; wc -c < /tmp/lnsh-422/out
echo x > /tmp/lnsh-422/nosuchdir/f
echo x > /tmp/lnsh-422
ip link add v0 type veth peer name v1 > /tmp/lnsh-422/nosuchdir/f; ip -br link | wc -l
set -o noclobber; echo y > /tmp/lnsh-422/out
set -o noclobber; echo z >| /tmp/lnsh-422/out; cat /tmp/lnsh-422/out
echo a>/tmp/lnsh-422/b; cat /tmp/lnsh-422/b
echo 1 2 > /tmp/lnsh-422/c 3; cat /tmp/lnsh-422/c
>/tmp/lnsh-422/d echo front; cat /tmp/lnsh-422/d
echo one > /tmp/lnsh-422/e > /tmp/lnsh-422/f; cat /tmp/lnsh-422/e /tmp/lnsh-422/f
ls /tmp/lnsh-422
rm -r /tmp/lnsh-422
