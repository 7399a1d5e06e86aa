# 411-sh-param-defaults: ${VAR:-x} ${VAR:=x} ${VAR:+x} ${VAR:?x} and the forms without ':'
# Pins down: unset vs empty (`:-` vs `-`), `:=` assigns, `:+` alternative, `:?` error text and
# status (the shell exits), a default namespace name from a variable.
echo ${X:-def}
X=; echo [${X:-def}] [${X-unset}]
echo ${X:=assigned}; echo $X
: ${Y:=v}; echo $Y
X=1; echo ${X:+alt} [${Z:+alt}]
echo ${X:?missing}; echo not reached
X=; echo ${X?unset}; echo [$X] ok
echo ${Q?}
NS=${NS:-ns9}; ip netns add $NS; ip netns list
D=${DEV:-lo}; ip -br link show $D
echo ${X:-$(cat /sys/class/net/lo/mtu)}
echo "${X:-a b}" ${X:-"c  d"}
