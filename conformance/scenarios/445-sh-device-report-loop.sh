# 445-sh-device-report-loop: a device report built from sysfs in a loop with printf
# Pins down: nested $( ) in printf arguments, printf column alignment, if inside for, reading
# several sysfs attributes per device, a counter across iterations, arithmetic on attributes,
# `[ -d /sys/class/net/$d/bridge ]` telling bridges apart.
ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link set v0 master br0
ip link set br0 up
for d in $(ls /sys/class/net); do printf '%-5s %6s %s\n' $d $(cat /sys/class/net/$d/mtu) $(cat /sys/class/net/$d/ifindex); done
for d in /sys/class/net/*; do n=${d##*/}; if [ -d $d/bridge ]; then echo "$n bridge"; elif [ -e $d/brport ]; then echo "$n port of $(basename $(readlink $d/master))"; else echo "$n plain"; fi; done
c=0; for d in $(ls /sys/class/net); do c=$((c + $(cat /sys/class/net/$d/mtu))); done; echo total $c
for d in $(ls /sys/class/net); do [ $(cat /sys/class/net/$d/ifindex) -gt 2 ] && echo $d; done; echo $?
ls /sys/class/net/br0/brif
for p in $(ls /sys/class/net/br0/brif); do echo $p $(cat /sys/class/net/br0/brif/$p/state); done
