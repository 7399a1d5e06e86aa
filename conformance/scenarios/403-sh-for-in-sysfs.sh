# 403-sh-for-in-sysfs: the study notes' loop over /sys/class/net, with $( ) and with backticks
# Pins down: `for VAR in WORDS; do ...; done`, the words coming from an unquoted command
# substitution split on newlines, `$i` in a path, `;done` without a blank, an empty list runs the
# body zero times, the loop variable keeps its last value, a glob as the word list.
ip link add v0 type veth peer name v1
for i in $(ls /sys/class/net); do echo $i; cat /sys/class/net/$i/ifindex; done
for i in `ls /sys/class/net/`; do echo $i; cat /sys/class/net/$i/ifindex ;done
for i in lo v0 nosuch; do ip -br link show $i; done
for i in lo v0 nosuch; do ip -br link show $i; done; echo $?
for f in /sys/class/net/*/mtu; do echo $f; done
for i in; do echo body; done; echo $?
for i in a b c; do :; done; echo $i
for i in $(ls /sys/class/net/nosuch 2>/dev/null); do echo body; done; echo none
for d in $(ls /sys/class/net); do for a in mtu operstate; do echo $d $a $(cat /sys/class/net/$d/$a); done; done
for i in 1 2 3
