# 439-sh-read-builtin: read from files, pipes, here-strings and /dev/null
# Pins down: read's field splitting (the last variable takes the rest), -r keeping backslashes,
# without -r a backslash escapes, REPLY by default, -a into an array with IFS, -n N characters,
# -d delimiter, status 1 at end of file (stdin /dev/null) and the variable cleared, a last line
# without newline (status 1 but variable set).
read x < /sys/class/net/lo/mtu; echo $x
read -r a b rest <<< "1 2 3 4"; echo "[$a] [$b] [$rest]"
read a <<< 'x\ty\\z'; echo "$a"
read -r a <<< 'x\ty\\z'; echo "$a"
read; echo $? "[$REPLY]"
x=old; read x; echo $? "[$x]"
read <<< "  padded  "; echo "[$REPLY]"
IFS= read -r line <<< "  padded  "; echo "[$line]"
IFS=/ read -ra parts <<< "/sys/class/net"; echo ${#parts[@]} ${parts[2]} [${parts[0]}]
read -n 2 x <<< abcd; echo $x
read -d , x <<< "a,b"; echo $x
printf 'no newline' | { read l; echo $? "[$l]"; }
ip -br link show lo | { read name state rest; echo $name is $state; }
ip -br link show lo | read name; echo "[$name]"
read -t 0; echo $?
read -z
