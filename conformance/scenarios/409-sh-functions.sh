# 409-sh-functions: functions with local, return, arguments and recursion over ip commands
# Pins down: `name() { ...; }` and `function name { ...; }`, $1 $# $@ inside, `local` scoping
# (a local shadows and disappears, a plain assignment is global), `return N` and `return` keeping
# the last status, a function wrapping ip netns add, recursion through $( ), return outside a
# function (status 2) and `local` outside one (status 1), a function named ip shadowing the program.
f() { local x=$1; echo in $x; return 3; }; f a; echo $?
x=out; f() { local x=in; echo $x; }; f; echo $x
g() { x=global; }; g; echo $x
mk() { ip netns add $1 && echo made $1; }; mk n1; mk n1; echo $?
ip netns list
function h { echo $# args: $@; }; h 1 2 3
count() { ls /sys/class/net | wc -l; }; count
fact() { if [ $1 -le 1 ]; then echo 1; else echo $(( $1 * $(fact $(($1-1))) )); fi; }; fact 5
f() { false; return; }; f; echo $?
f() { return 300; }; f; echo $?
f() { echo a; return; echo b; }; f
return 1
local x=1
f() { local; }; f; echo $?
ip() { echo wrapped "$@"; command ip "$@"; }; ip -br link show lo
