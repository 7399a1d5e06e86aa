# 407-sh-if-test: if/elif/else with [ ] and test against sysfs and ip
# Pins down: `if LIST; then; elif; else; fi`, the [ and test builtins: -e -d -f -z -n -eq -lt -gt
# -ne = != ! -a -o, their error texts for bad integers and missing `]` (status 2), test with no
# arguments (1), an if whose condition fails and has no else is status 0.
if [ -e /sys/class/net/v0 ]; then echo yes; else echo no; fi
ip link add v0 type veth peer name v1
if [ -e /sys/class/net/v0 ]; then echo yes; else echo no; fi
if ip link show v9 >/dev/null 2>&1; then echo v9; elif ip link show v1 >/dev/null 2>&1; then echo v1; else echo none; fi
if false; then echo x; fi; echo $?
[ "$(cat /sys/class/net/lo/mtu)" -eq 65536 ] && echo big
[ 1 -lt 2 ]; echo $?
[ 2 -lt 1 ]; echo $?
[ 3 -gt 2 -a 1 -ne 2 ]; echo $?
[ -z "" ]; echo $?
[ -n "" ]; echo $?
[ abc = abc ] && [ abc != abd ] && echo strings
test -d /sys/class/net/lo && echo dir
test -f /sys/class/net/lo/mtu && echo file
[ ! -e /sys/class/net/nosuch ] && echo absent
[ -e /nosuch -o -d /sys/class/net ] && echo either
test; echo $?
[ 1 -eq a ]
[ 1 -lt 2
[ a = ]
[ -e ]; echo $?
test 5 -ge 5 && test 5 -le 5 && echo five
