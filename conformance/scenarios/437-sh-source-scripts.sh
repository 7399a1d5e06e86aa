# 437-sh-source-scripts: source and . of files written in earlier lines, bash/sh FILE, shebangs
# Pins down: a sourced file's variables and functions reach the current shell, `return` in a sourced
# file and its status, source of a missing file and with no argument (usage, status 2), `bash FILE
# ARGS` with $0 $1 $#, a missing script file (status 127), an executable script with a shebang
# run by path, and without the x bit (126).
mkdir -p /tmp/lnsh-437
echo 'NS=srcns; mk() { ip netns add $1 && echo made $1; }' > /tmp/lnsh-437/lib.sh
source /tmp/lnsh-437/lib.sh; mk $NS; ip netns list
. /tmp/lnsh-437/lib.sh; echo $NS; type -t mk
echo 'echo one; return 4; echo two' > /tmp/lnsh-437/ret.sh; . /tmp/lnsh-437/ret.sh; echo $?
source /tmp/lnsh-437/nosuch
source
printf '%s\n' 'echo $0 $# $1' 'ip -br link show $1' > /tmp/lnsh-437/s.sh; bash /tmp/lnsh-437/s.sh lo extra
sh /tmp/lnsh-437/s.sh lo
bash /tmp/lnsh-437/nosuch.sh
printf '#!/bin/bash\necho shebang $1\nexit 6\n' > /tmp/lnsh-437/x.sh; chmod +x /tmp/lnsh-437/x.sh; /tmp/lnsh-437/x.sh arg
printf 'echo nox\n' > /tmp/lnsh-437/nox.sh; /tmp/lnsh-437/nox.sh
cd /tmp/lnsh-437 && ./x.sh here; echo $?
set -- a b; . /tmp/lnsh-437/s.sh; echo back
ip netns del srcns
rm -r /tmp/lnsh-437
