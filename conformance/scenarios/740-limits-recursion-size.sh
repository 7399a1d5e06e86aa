# 740-limits-recursion-size: what bounds a runaway recursion and a huge packet size
# Pins down: a bash whose function recursion has no end dies of SIGSEGV (139 and the parent's "Segmentation fault" line with its pid, masked here, and the command), dash's stops at depth 1000 (status 2); ping -s past 65507 / -l past 65536; yes ends when head has enough
{ bash -c 'f() { f; }; f'; echo $?; } 2>&1 | sed -E 's/: +[0-9]+ Segm/: PID Segm/'
{ bash -c 'g() { local x=$1; g $((x+1)); }; g 0' && echo no || echo "rc $?"; } 2>&1 | sed -E 's/: +[0-9]+ Segm/: PID Segm/'
sh -c 'f() { n=$((n+1)); echo $n >/tmp/d; f; }; f'; cat /tmp/d
sh -c 'f() { f; }; (f); echo after $?'
ping -c 1 -s 65508 127.0.0.1
ping -c 1 -s 65507 -W 1 127.0.0.1
ping -6 -c 1 -s 70000 ::1
ping -c 1 -s -1 127.0.0.1
ping -c 1 -l 100000 127.0.0.1
yes | head -2
yes abc | head -c 10; echo
yes | head -n 100000 | wc -l
