# 495-sh-nsenter-unshare-options: nsenter's and unshare's option errors (glibc getopt_long)
# Pins down: an unknown short and long option, a missing argument, an ambiguous abbreviation named
# with its "=value", an abbreviated long option that works (--ta for --target), unshare --net=FILE
# onto a file that does not exist, and a GNU tool's unrecognized long option with "=value" (ls).
nsenter -x true; echo $?
unshare -x true; echo $?
nsenter --bogus=1 true; echo $?
nsenter -t; echo $?
nsenter --n=/nonexist true; echo $?
ip netns add a; nsenter --ta $$ --ne=/run/netns/a ip netns identify
unshare --net=/nonexist true 2>&1 | sed -E 's#/proc/[0-9]+/#/proc/PID/#'
ls --bogus=3; echo $?
