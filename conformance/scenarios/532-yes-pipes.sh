# 532-yes-pipes: yes ends when its reader does
# Pins down: yes | head / sed q print what Linux prints, yes dies of SIGPIPE (141 in PIPESTATUS), getopt_long's errors
yes | head -3
yes a b | sed 2q
set -o pipefail; yes | head -1; echo $? ${PIPESTATUS[@]}
yes -x
yes --foo
yes a -- b | head -2
yes '' | head -2 | wc -c
