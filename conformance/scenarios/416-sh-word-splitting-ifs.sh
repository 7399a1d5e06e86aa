# 416-sh-word-splitting-ifs: word splitting of unquoted expansions, IFS, empty-word removal
# Pins down: unquoted $( ) and $VAR split on blanks/tabs/newlines and runs collapse, quoted ones
# stay one word, IFS with a non-blank separator keeps empty fields, an unquoted empty variable
# disappears while "" stays an (empty) argument, $# after `set --`, leading/trailing blanks.
ip link add v0 type veth peer name v1
set -- $(ls /sys/class/net); echo $#
set -- "$(ls /sys/class/net)"; echo $#
set -- $(ip -o link | wc -l); echo $# $1
x="a   b	c"; echo $x; echo "$x"
x="a   b"; printf '[%s]\n' $x "$x"
printf '[%s]\n' $(echo "  lead trail  ")
IFS=:; x=a:b::c; for i in $x; do echo "<$i>"; done
IFS=,; set -- $(echo 1,2,3); echo $# $2
IFS=, read a b c <<< "1,2,3"; echo $b
e=; set -- $e; echo $#
e=; set -- "$e"; echo $#
e=; set -- $e a "" $e; echo $#
e=; ip -br link show $e lo
e=; ip -br link show "$e" lo
IFS=; x="a b"; set -- $x; echo $#
cd /sys/class/net; x='*'; echo $x "$x"
IFS=/; p=/sys/class/net/lo; set -- $p; echo $# "[$1]" $4
