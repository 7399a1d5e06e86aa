# 430-sh-set-e-u-x-exit: set -u, set -e, set -x and exit statuses of exit
# Pins down: `set -u` unbound-variable text and the shell stopping (status 127), defaults still
# allowed under -u, `set -e` stopping at a failing ip, the -e exceptions (|| lists, if conditions,
# `!`), -e with pipefail, `exit N` modulo 256, exit with a bad argument, set -x traces on stderr
# with `+ ` and quoting, an unknown set option.
set -u; echo $NOPE; echo not reached
set -u; echo ${NOPE:-ok} ${NOPE-ok2}
set -u; echo "${#NOPE}"
set -e; false; echo not reached
set -e; ip link show nosuch; echo not reached
set -e; ip link show nosuch || true; echo reached
set -e; if ip link show nosuch 2>/dev/null; then :; fi; echo reached
set -e; ! true; echo reached
set -e; false && true; echo reached
set -eo pipefail; ip link show nosuch | cat; echo not reached
set -e; ip link show nosuch | cat; echo reached
exit 3
exit 300
exit -1
exit abc
exit 1 2
(exit 7); echo $?
false; exit
set -x; echo traced; ip -br link show lo
set -x; x="a b"; echo "$x" 'it'\''s' $((1+1))
set -x; for i in 1 2; do :; done
set -o nosuch
set -q
set -o | grep -E '^(errexit|nounset|pipefail)'
set -euo pipefail; echo $-
