# 420-sh-printf: the printf builtin
# Pins down: %s %d %i %x %X %o %c %% %b %q, widths, precision, left alignment, zero padding, the
# format reused for extra arguments (missing ones are empty/0), numbers in hex/octal/char form,
# invalid numbers (message, status 1, printing goes on), -v, no argument (usage, status 2), no
# trailing newline added.
printf '%s\n' a b c
printf '%d-%d\n' 1 2 3
printf '%05d|%x|%X|%o|%i\n' 42 255 255 8 010
printf '%-10s|%10s|\n' lo $(cat /sys/class/net/lo/mtu)
printf '%-8s %s\n' $(ip -br link show lo | awk '{print $1, $2}')
printf '%b|%s\n' 'a\tb' 'a\tb'
printf '%s' no newline
printf '%q\n' 'a b' "it's"
printf '%d\n' abc
printf '%d %s\n' 12abc x
printf '%.3s|%5.1f|%e\n' abcdef 3.14159 1000
printf '%c%c\n' hello world
printf '%%|%5s%%\n' x
printf -v x '%03d' 7; echo $x
printf '%d %d %d\n' 0x1f 017 "'A"
printf
printf '%s %s\n' one
printf 'no format args\n' extra ignored
printf '%z\n' 1
printf '%y\n' 1
printf '\x41\102\n'
