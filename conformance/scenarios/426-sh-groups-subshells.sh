# 426-sh-groups-subshells: { ...; } groups and ( ... ) subshells
# Pins down: a group's redirection applies to every command in it, groups in pipelines, variables
# and cd inside ( ) do not leak out (but namespaces created there stay), (exit N) status, the
# required `;` before `}`, a group as one side of && and ||.
mkdir -p /tmp/lnsh-426
{ echo a; echo b; } > /tmp/lnsh-426/g; cat /tmp/lnsh-426/g
{ ip -br link show lo; ip link show nosuch; } 2>&1 | wc -l
{ ip -br link show lo; ip link show nosuch; } 2>/dev/null
x=1; ( x=2; echo in $x ); echo out $x
x=1; { x=2; }; echo $x
(cd /sys/class/net && ls); pwd
cd /sys/class/net; pwd; ls
( ip netns add s1 ); ip netns list
(exit 4); echo $?
(exit 4)
{ false; }; echo $?
(echo a; echo b) | wc -l
ip link show nosuch 2>/dev/null || { echo missing; ip link add nosuch type veth peer name nosuch1; }; ip -br link show nosuch | cut -d' ' -f1
( ( echo deep ) )
{ echo x }
( echo x
)
rm -r /tmp/lnsh-426
