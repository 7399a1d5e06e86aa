# 451-sh-tr-seq: tr and seq over ip and sysfs output
# Pins down: tr's squeeze, delete, complement, ranges and classes on ip's text, its errors (exit 1),
# seq's forms and formats feeding ip through xargs, seq's errors.
ip -br link show lo | tr -s ' ' | tr ' ' ','
cat /sys/class/net/lo/address | tr -d ':'
ip link show lo | tr a-z A-Z | head -n 1
ip link show lo | head -n 1 | tr -cd '0-9\n'
ip -o link | tr -s ' ' | cut -d' ' -f2 | tr -d :
ip -br link | tr '[:lower:]' '[:upper:]'
ip link show lo | tr -s '[:space:]' '\n' | grep -c .
echo 'a  b   c' | tr -s ' ' '_'
echo hello | tr -t el ipx
echo hello | tr el '[x*]'
tr a; echo $?
tr -d a b; echo $?
tr z-a x < /dev/null; echo $?
tr '[:bogus:]' x < /dev/null; echo $?
seq -f 'ns%g' 3 | xargs -n1 ip netns add; ip netns list
seq -s ' ' 10 -3 1
seq 1 0.5 2
seq 5 1; echo $?
seq -w 0 5 10
seq x; echo $?
seq 1 0 2; echo $?
seq -f %d 3; echo $?
for i in $(seq 3); do ip link add d$i type veth peer name e$i; done; ip -br link | wc -l
seq 2 | xargs -I{} ip link set d{} up; ip -br link show up | wc -l
