# 401-sh-exit-status-negation: $?, `!` and the status of pipelines
# Pins down: $? after a failing ip (1, 2, 255), `! cmd` inverts, `!` applies to a whole pipeline,
# a pipeline's status is its last command's unless `set -o pipefail`, PIPESTATUS, a line's own
# exit status is that of its last pipeline.
ip link show nosuch; echo $?
ip link show nosuch 2>/dev/null; echo $?
ip link foo 2>/dev/null; echo $?
ip route add 10.0.0.0/33 dev lo 2>/dev/null; echo $?
! ip link show nosuch 2>/dev/null; echo $?
! ip link show lo >/dev/null; echo $?
! true
! false
false; echo $?
true; echo $?
false | true; echo $?
true | false; echo $?
set -o pipefail; false | true; echo $?
set -o pipefail; ip link show nosuch | cat; echo $?
set -o pipefail; true | true; echo $?
ip link show nosuch | cat; echo ${PIPESTATUS[@]}
true | false | true; echo ${PIPESTATUS[*]} $?
! false | false; echo $?
true | false
ip link show nosuch | true
echo $?
