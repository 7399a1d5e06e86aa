# 498-sh-ls-recursive-loops: ls -R over sysfs's symlinks, followed (-L) and not
# Pins down: ls -R does not descend into symlinks (DEV/subsystem, DEV/master are links), ls -RL
# follows them and meets directories it is already listing (subsystem leads back to the class):
# "ls: NAME: not listing already-listed directory" on stderr for each, exit status 2.
ip link add v0 type veth peer name v1
ls -R /sys/class/net/v0 | grep -c subsystem
ls -RL /sys/class/net/v0 > /dev/null
ls -RL /sys/class/net/v0 2>&1 >/dev/null | sort
ls -RL /sys/class/net/v0/subsystem 2>&1 >/dev/null | sort
ls -RL /sys/class/net/v0/statistics | head -3
