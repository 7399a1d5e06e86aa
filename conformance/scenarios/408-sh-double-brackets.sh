# 408-sh-double-brackets: [[ ]] conditions: globs, regexes with BASH_REMATCH, numbers, && ||
# Pins down: `==` with an unquoted pattern (glob) and a quoted one (literal), `=~` ERE with
# capture groups in BASH_REMATCH, -n/-z on unset variables without quotes, -eq/-lt arithmetic vs
# `<` string order, && || ! and parentheses inside [[ ]], file tests.
[[ $(cat /sys/class/net/lo/operstate) == unk* ]] && echo glob
[[ lo == "l?" ]]; echo $?
[[ lo == l? ]]; echo $?
[[ $(ip -br addr show lo) =~ ([0-9.]+)/([0-9]+) ]] && echo ${BASH_REMATCH[0]} ${BASH_REMATCH[1]} ${BASH_REMATCH[2]}
[[ $(ip link show lo) =~ mtu\ ([0-9]+) ]] && echo mtu=${BASH_REMATCH[1]}
[[ abc =~ ^x ]]; echo $? ${#BASH_REMATCH[@]}
[[ -n $nosuch ]]; echo $?
[[ -z $nosuch ]] && echo empty
[[ 3 -lt 10 ]] && echo numlt
[[ 3 < 10 ]] || echo strnotlt
[[ 10 -eq 0xa ]] && echo hex
[[ -e /sys/class/net/lo && ! -e /sys/class/net/nosuch ]] && echo both
[[ a == b || c == c ]] && echo or
[[ ( a == a || a == b ) && -d /sys ]] && echo parens
[[ -f /sys/class/net/lo/mtu ]]; echo $?
[[ 1 -eq x ]]; echo $?
[[ a =~ ( ]]; echo $?
[[ a
