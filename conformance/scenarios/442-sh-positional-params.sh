# 442-sh-positional-params: set --, shift, $# $@ $* and their quoting
# Pins down: `set --` replacing the positional parameters (from ip output too), shift and shift N
# (too far: status 1, nothing shifted), "$@" keeping words vs "$*" joining with the first IFS
# character, $@ unquoted splitting, ${@:2} slices, ${10}, $0 of bash -c and of the runner.
set -- a b c; echo $# $1 $3; shift; echo $# $@
set -- "a b" c; for x in "$@"; do echo "[$x]"; done
set -- "a b" c; for x in $@; do echo "<$x>"; done
set -- "a b" c; for x in "$*"; do echo "{$x}"; done
set -- a b c; IFS=,; echo "$*"
set -- a b c d; echo ${@:2} ${@:2:1} ${@: -1}
set -- 1 2 3 4 5 6 7 8 9 10 11; echo $10 ${10} ${11} $#
set -- a; shift 2; echo $? $#
set -- a b; shift 2; echo $? $#
set -- $(ip -br link show lo); echo $# $1 $2
echo $0 $#
bash -c 'echo $0 $1 "$@"' zero one two
bash -c 'echo $#' 
set --; echo $#; shift; echo $?
shift x
