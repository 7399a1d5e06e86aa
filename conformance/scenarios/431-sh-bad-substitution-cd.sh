# 431-sh-bad-substitution-cd: bad substitutions, readonly, and cd/pwd over sysfs symlinks
# Pins down: `bad substitution` texts (status 1), a readonly variable's assignment error, cd
# errors (missing, not a directory, too many arguments, OLDPWD not set), cd with no argument going
# to $HOME, logical vs physical paths (cd -P, pwd -P) through the /sys/class/net/lo symlink, cd ..
# after a symlink, $PWD and $OLDPWD, cd - printing the directory.
echo ${}
echo ${x!}
echo ${1abc}
x=abc; echo ${x:a}
readonly r=1; r=2; echo $r
cd /nonexistent
cd /nonexistent; echo $?
cd /sys/class/net/lo/mtu
cd /sys /proc
cd -
cd; pwd
cd /sys/class/net/lo; pwd; pwd -P
cd -P /sys/class/net/lo; pwd
cd /sys/class/net/lo; cd ..; pwd
cd /sys/class/net/lo/../..; pwd
cd /sys/class/net; cd /proc/sys; echo $PWD $OLDPWD; cd -
cd /sys/class/net && ls && cd lo && cat mtu
cd /sys/class/net; cat lo/ifindex ./lo/mtu
unset PWD; cd /proc/sys/net; pwd
