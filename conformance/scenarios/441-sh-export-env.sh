# 441-sh-export-env: exported and unexported variables, prefix assignments, the environment
# Pins down: `VAR=v cmd` sets VAR only for cmd, a plain assignment is not seen by a child, export
# is, the environment passes through ip netns exec and nested shells, the oracle's environment
# (HOME LANG LC_ALL TERM PATH), unset, declare -i, declare -x, env VAR=v, `export -n`.
X=1 bash -c 'echo [$X]'
X=1; bash -c 'echo [$X]'
export X=1; bash -c 'echo [$X]'
ip netns add a; X=2 ip netns exec a bash -c 'echo [$X]'
export X=3; ip netns exec a bash -c 'echo [$X]'
echo $HOME $LANG $LC_ALL $TERM
echo $PATH
unset HOME; echo [$HOME]; cd; echo $?
declare -i n=5+5; echo $n; n=n*2; echo $n
X=1 env | grep ^X=
env X=4 bash -c 'echo [$X]'
export X=1; export -n X; bash -c 'echo [$X]'
X=1 echo $X
X=1; X=2 true; echo $X
f() { echo [$X]; }; X=fn f; echo [$X]
export 1x=2
env -i bash -c 'echo "[$PATH]" "[$HOME]"'
