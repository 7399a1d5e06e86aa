# 402-sh-and-or-lists: `;`, `&&` and `||` lists with failing ip commands
# Pins down: `a || b` runs b only on failure, `a && b` only on success, && and || have equal
# precedence and group left to right, `;` always continues, the list's status is the last
# executed command's, an error message of a failing ip still shows.
ip link show nosuch || echo missing
ip link show lo >/dev/null && echo present
ip netns add a && ip netns add a && echo no
ip netns list
ip netns add b || echo failed; echo after
ip netns add b || echo failed; echo after
false && echo x || echo y
true || echo x && echo y
false || false && echo z
true && false || echo w
false && echo never
false || false
true; false; true
ip netns del a; ip netns del b; ip netns del b; ip netns list | wc -l
ip link show nosuch && echo one || echo two && echo three
