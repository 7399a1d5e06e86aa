# 438-sh-type-command-which: type, command -v, which on the oracle's Debian paths
# Pins down: where ip, ping, bash, sleep live (merged /usr: /usr/sbin/ip, and /sbin/ip after it in
# PATH), `type` wording for files, builtins, keywords and functions, `type -t`, `-a`, `-P`,
# `command -v` for builtins and files, `which` (debianutils) and -a, statuses when not found,
# `command` bypassing a function, `builtin`.
type ip
type echo cd
type -t ip echo if cd [[ nosuch
type nosuch
type -a echo
type -P ip bash
command -v ip
command -v echo if
command -v nosuch; echo $?
which ip ping sleep bash
which -a ip
which nosuch; echo $?
which echo
ip() { echo fn; }; type -t ip; command ip -br link show lo; ip
ip() { echo fn; }; type ip
builtin echo via builtin
builtin ip
command -V ip
type -t type command which
