# 421-sh-echo-options: the echo builtin's options and escapes
# Pins down: -n (no newline), -e escapes (\t \n \x \0NNN \c \\), -E, combined -ne, default without
# escapes, `--` and unknown options printed as words, echo with no argument.
echo -n hi; echo
echo -e 'a\tb\nc'
echo -E 'a\tb'
echo 'a\tb'
echo -ne 'x\n'
echo -- -n
echo -x -n
echo -n -e 'y\n'
echo -e '\x41\0102\0103'
echo -e 'stop\cgone'; echo next
echo -e 'back\\slash'
echo
echo -n
echo -nnn z
echo -en
echo -e "$(cat /sys/class/net/lo/operstate)\tlo"
