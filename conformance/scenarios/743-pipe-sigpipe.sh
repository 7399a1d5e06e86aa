# 743-pipe-sigpipe: a pipe's writer whose reader stops reading, and PIPESTATUS
# Pins down: a writer left with more than a pipe's capacity (64 KiB) unread when its reader exits
# is killed by SIGPIPE (status 141, nothing printed): head, a reader that never reads (true), a
# shell `read` taking one line, grep -q at its first match and -m at its last, sed q, awk's exit,
# and down a chain (a cat killed so stops reading too); one whose output fits in the pipe while
# its reader lives ends normally (0); one whose reader reads to the end (wc, grep -c, grep -q
# matching last, sed -n '$p') too; writers without end (seq 1000000000, yes) end the same way;
# set -o pipefail makes the pipeline's status 141. (A reader that exits before the writer writes
# at all is a race.)
seq 1000000000 | head -1; echo ${PIPESTATUS[@]}
seq 100000 | head -2; echo ${PIPESTATUS[@]}
seq 10 | head -2; echo ${PIPESTATUS[@]}
seq 100000 | true; echo ${PIPESTATUS[@]}
seq 10000 | { sleep 0.1; }; echo ${PIPESTATUS[@]}
seq 100000 | { read a; echo $a; }; echo ${PIPESTATUS[@]}
seq 100000 | wc -l; echo ${PIPESTATUS[@]}
yes | head -2; echo ${PIPESTATUS[@]}
seq 100000 | cat | head -1; echo ${PIPESTATUS[@]}
seq 100000 | cat | cat | head -1; echo ${PIPESTATUS[@]}
seq 100000 | cat | wc -c; echo ${PIPESTATUS[@]}
seq 100000 | grep -q 5; echo ${PIPESTATUS[@]}
seq 100000 | grep -m 1 7; echo ${PIPESTATUS[@]}
seq 100000 | grep -c 7; echo ${PIPESTATUS[@]}
seq 100000 | grep -q 99999; echo ${PIPESTATUS[@]}
seq 100000 | sed 2q; echo ${PIPESTATUS[@]}
seq 100000 | sed -n "3{p;q}"; echo ${PIPESTATUS[@]}
seq 100000 | sed -n '$p'; echo ${PIPESTATUS[@]}
seq 100000 | awk 'NR==2{print; exit}'; echo ${PIPESTATUS[@]}
set -o pipefail; seq 100000 | head -1; echo $?
