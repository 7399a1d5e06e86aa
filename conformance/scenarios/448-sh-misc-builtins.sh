# 448-sh-misc-builtins: eval, let, :, declare, unset, shopt, getopts, pwd
# Pins down: eval of a built string (twice-expanded), let's status (0 for nonzero, 1 for zero),
# declare -p/-r/-x, unset of a variable and a function, extglob patterns (a `shopt -s extglob` on
# the same line comes too late: bash parses the whole line first; on an earlier line of a bash -c
# script or with -O extglob it works), getopts
# parsing `-n NS -v`, a getopts unknown option, `:` with arguments, `true`/`false` ignoring
# arguments, `wait` with no jobs.
eval 'echo $((1+1))'
eval "ip -br link show lo"
cmd="ip -br link show"; dev=lo; eval "$cmd \$dev"
x='$HOME'; eval echo $x
let x=2+3; echo $x
let 0; echo $?
let "y = 1 << 3"; echo $y
declare x=1; declare -p x
declare -r ro=1; ro=2; echo $?
declare -x ex=1; bash -c 'echo $ex'
x=1; unset x; echo [${x-unset}]
f() { echo f; }; unset -f f; f
shopt -s extglob; case v0 in @(lo|v*)) echo extglob;; esac
shopt -s extglob; cd /sys/class/net; echo !(nosuch)
bash -c $'shopt -s extglob\ncase v0 in @(lo|v*)) echo extglob;; esac'
bash -O extglob -c 'cd /sys/class/net; echo !(nosuch)'
shopt nosuch
set -- -n ns1 -v arg; while getopts n:v o; do echo "$o ${OPTARG-}"; done; echo $OPTIND
set -- -x; getopts n: o; echo $o
: ignored args; echo $?
true 1 2 3; false 1; echo $?
wait; echo $?
pwd; pwd -L
