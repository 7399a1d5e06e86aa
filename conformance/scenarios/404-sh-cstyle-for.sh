# 404-sh-cstyle-for: C-style arithmetic for loops creating and deleting namespaces
# Pins down: `for ((init; cond; step))`, counting down, steps other than 1, `for ((;;))` with
# break, the variable visible after the loop, the loop's status is the last body command's.
for ((i=0;i<3;i++)); do ip netns add ns$i; done
ip netns list
for ((i=0;i<3;i++)); do ip netns add ns$i; done; echo $?
for ((i=2; i>=0; i--)); do ip netns del ns$i && echo deleted ns$i; done
ip netns list | wc -l
for ((i=0; i<10; i+=3)); do echo -n "$i "; done; echo
for ((;;)); do echo once; break; done; echo out
for ((i=0; i<3; i++)); do :; done; echo $i
for ((i=0; i<0; i++)); do echo never; done; echo $?
for ((i=1, j=10; i<4; i++, j-=2)); do echo $i $j; done
for ((i=0; i<2; i++)) { echo brace $i; }
