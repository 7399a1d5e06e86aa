# 453-sh-uname-id-date: uname, hostname, id, whoami, date, true/false as programs
# Pins down: the kernel release and the fields of uname -a (the node name compared, not printed:
# it is the machine's), that ip netns exec keeps the host name (UTS is its own namespace), root's
# ids, date's formats at fixed instants, true and false run as programs by env, xargs and netns exec.
uname; uname -r; uname -s -m -o; uname -a | cut -d' ' -f1,3-
uname -p -i; uname -x; echo $?
[ "$(hostname)" = "$(uname -n)" ] && echo same
ip netns add a; [ "$(ip netns exec a hostname)" = "$(hostname)" ] && echo same-in-netns
[ "$(hostname -s)" = "$(hostname)" ] && echo short
hostname -x 2>&1 | head -n 2; hostname -x > /dev/null 2>&1; echo $?
id; id -u; id -un; id -G; whoami
id nosuch; echo $?
id -n; echo $?
date -d @0
date -u -d @86400 +%F
date -d @1700000000 -R
date -d @0 -Iseconds
date -d @1700000000 '+%A %d %B %Y %H:%M:%S %Z %s %j'
date +%Y | wc -c
date -d @0 -I -R; echo $?
env true; echo $?; env false; echo $?
ip netns exec a true; echo $?; ip netns exec a false; echo $?
xargs true < /dev/null; echo $?
echo x | xargs false; echo $?
