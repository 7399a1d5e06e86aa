# 440-sh-arrays: indexed and associative arrays
# Pins down: a=(...) from words and from $( ), ${a[i]}, ${#a[@]}, ${a[@]} vs "${a[@]}", ${!a[@]},
# a+=(..), sparse arrays after unset, negative index, declare -A, iterating keys and values,
# an array of device names turned into ip commands, declare -p.
ip link add v0 type veth peer name v1
a=(lo eth0); echo ${a[1]} ${#a[@]} ${a}
a=($(ls /sys/class/net)); echo ${a[@]}; echo ${#a[@]} ${a[-1]}
a=($(ls /sys/class/net)); for d in "${a[@]}"; do echo $d $(cat /sys/class/net/$d/mtu); done
a=(x "y z"); for i in "${a[@]}"; do echo "[$i]"; done; for i in ${a[@]}; do echo "<$i>"; done
a=(1 2 3); unset 'a[1]'; echo ${a[@]} ${#a[@]} ${!a[@]}
a=(1); a+=(2 3); a[5]=6; echo ${a[@]} ${!a[@]}
declare -A m; m[lo]=1; m[v0]=3; echo ${m[lo]} ${m[v0]} ${#m[@]}
declare -A m=([a]=1); echo ${m[a]} [${m[b]}]
a=(lo v0); ip -br link show ${a[1]} | cut -d' ' -f1
a=(a b c); echo ${a[@]:1} ${a[@]:0:1} ${#a[1]}
a=(a b); declare -p a
a=(a b); echo ${a[5]}x ${a[-3]}
x=5; echo ${x[0]} ${#x[@]}
