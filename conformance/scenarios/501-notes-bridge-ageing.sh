
# 501-notes-bridge-ageing: seed 000 "bridge" block (ageing time), run verbatim
# Pins down: the notes' two lines are not commands bash can run: a sysfs path as a command
# (127 while br0 is missing, 126 "Permission denied" once it exists) and
# `brctl setageing <bridge-interface> 0`, where bash opens the file "bridge-interface" for
# stdin and fails before brctl runs; the trailing `// ...` words are plain arguments.
# Set-up: none for the verbatim pair; then (a neighbour case, not in the notes) the same two
# lines with br0 created, and what the notes meant: brctl setageing br0 0 + the sysfs file.
/sys/class/net/br0/bridge/ageing_time   // mac过期时间
brctl setageing <bridge-interface> 0    // disable mac learning
ip link add br0 type bridge
/sys/class/net/br0/bridge/ageing_time   // mac过期时间
brctl setageing <bridge-interface> 0    // disable mac learning
brctl setageing br0 0
cat /sys/class/net/br0/bridge/ageing_time
brctl setageing br0 300
cat /sys/class/net/br0/bridge/ageing_time
