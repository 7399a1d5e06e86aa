# 424-sh-redirect-input-herestring: < file, <<< here-strings and process substitution
# Pins down: < reading a sysfs file or a file written earlier, here-strings (a trailing newline is
# added, expansions happen), `read` from a here-string, < of a missing file (bash's message, status
# 1, the command not run), while-read loops fed by < and by <( ), <( ) as a file argument.
mkdir -p /tmp/lnsh-424
ip link add v0 type veth peer name v1
cat < /sys/class/net/lo/mtu
ls /sys/class/net > /tmp/lnsh-424/devs; wc -l < /tmp/lnsh-424/devs
tr a-z A-Z <<< "$(cat /sys/class/net/lo/operstate)"
read a b <<< "x y z"; echo "[$b]"
cat <<< 'one two'
cat <<< $HOME
wc -c <<< abc
grep -c lo <<< "$(ls /sys/class/net)"
cat < /nosuch
cat < /nosuch; echo still
while read l; do echo "<$l>"; done < /tmp/lnsh-424/devs
while read d; do echo "$d $(cat /sys/class/net/$d/mtu)"; done < <(ls /sys/class/net)
cat <(ip -br link show lo)
wc -l < <(ip -o link)
cat < /tmp/lnsh-424/devs > /tmp/lnsh-424/copy; cat /tmp/lnsh-424/copy
rm -r /tmp/lnsh-424
