# 533-coreutils-printf: /usr/bin/printf as env, xargs and a path run it, beside bash's builtin
# Pins down: coreutils' error texts ("expected a numeric value", "invalid conversion specification") and statuses, %q, \c, excess-operand warning
printf '%d\n' abc
env printf '%d\n' abc
/usr/bin/printf '%d|%s\n' 12x y
printf '%s\n' a b c | xargs printf '<%s>\n'
ls /sys/class/net | xargs printf '%s;'
env printf '%q\n' 'a b' "it's"
env printf 'no\cmore' x y
env printf '%z' 1; echo rc=$?
env printf '%s\n' ; env printf; echo rc=$?
env printf 'x\n' extra
