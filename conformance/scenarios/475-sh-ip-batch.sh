# 475-sh-ip-batch: ip -batch / -b reading commands from a file and from standard input, bridge -batch
# Pins down: do_batch's comments (# to the end of the line), blank lines, leading blanks, backslash-
# newline continuation, makeargs' quotes, "Command failed FILE:LINE" and exit 1 for a line that
# returns an error, -force going on, an exit() inside a command ending the whole batch with its
# status, -batch - reading stdin ("-" in the message), words after the batch file ignored, -n NS
# -batch, a missing / directory file, "Missing continuation line", bridge's own batch.
printf 'link add b0 type veth peer name b1\n# a comment\n\n  link set b0 up # trailing\naddr add 10.1.0.1/24 dev b0\n' > /tmp/lnf475.cmds; ip -batch /tmp/lnf475.cmds; echo $?
ip -br addr show b0
printf 'link set b1 up\nlink show nosuch\nlink set b1 mtu 1400\n' > /tmp/lnf475.bad; ip -batch /tmp/lnf475.bad; echo $?; ip -o link show b1 | grep -o 'mtu [0-9]*'
ip -force -batch /tmp/lnf475.bad; echo $?; ip -o link show b1 | grep -o 'mtu [0-9]*'
printf 'link show lo\nfoo bar\nroute show table 200\n' | ip -b -; echo $?
printf 'link show lo\nfoo bar\nroute show table 200\n' | ip -force -b -; echo $?
printf '"link" show \\\n dev "lo" # c\n' | ip -o -batch -; echo $?
printf 'link show "lo\nlink show lo\n' | ip -batch -; echo $?
printf 'link set b0 mtu\nlink show lo\n' | ip -force -batch -; echo $?
printf 'link set dev nosuch up\naddr show dev lo\n' | ip -force -b -; echo $?
printf 'link show lo\n' | ip -batch - link show b0
printf 'link show lo\\\n' | ip -batch -; echo $?
ip -batch /tmp; echo $?
ip -batch /tmp/lnf475.nosuch; echo $?
ip netns add lnf475; printf 'link set lo up\naddr show\n' | ip -n lnf475 -batch -; echo $?
ip link add br0 type bridge; ip link set b0 master br0; printf 'link show\nbogus\nlink show dev b0\n' | bridge -b -; echo $?
printf 'link show\nbogus\nlink show dev b0\n' | bridge -force -batch -; echo $?
rm -f /tmp/lnf475.cmds /tmp/lnf475.bad
