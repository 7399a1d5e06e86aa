# 436-sh-trap: trap on EXIT and ERR
# Pins down: an EXIT trap runs when the shell ends (normal end, exit N, set -e stop) and keeps the
# exit status, $? inside the trap, a trap cleaning up a namespace, ERR traps after failing
# commands, `trap -` removing, `trap -p` listing, an invalid signal's message.
trap 'echo bye' EXIT; echo hi
trap 'echo bye' EXIT; exit 3
trap 'echo trapped $?' EXIT; false
trap 'echo cleanup; ip netns del t' EXIT; ip netns add t; ip netns list
ip netns list | wc -l
trap 'echo at exit' EXIT; set -e; ip link show nosuch; echo not reached
trap 'echo err $?' ERR; false; ip link show nosuch 2>/dev/null; echo after
trap 'echo bye' EXIT; trap - EXIT; echo removed
trap 'echo bye' EXIT; trap -p
trap 'echo x' NOSIG
trap 'echo in sub' EXIT; (echo sub); echo main
f() { trap 'echo fn exit' EXIT; }; f; echo after f
