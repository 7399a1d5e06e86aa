# 492-sh-ls-time-style: ls -l --time-style and --full-time on files with fixed times
# Pins down: full-iso (nanoseconds, +0000 in UTC), long-iso, iso (the old-file form: a year far
# back), +FORMAT with date's conversions and an empty one, posix-iso falling back to the C locale's
# form, --full-time implying -l, an invalid style's message and status.
mkdir -p /tmp/lnsh-492 && touch -d '2020-03-04 05:06:07.25' /tmp/lnsh-492/f && touch -d '2019-12-31 23:59:59' /tmp/lnsh-492/g
TZ=UTC ls -l --time-style=full-iso /tmp/lnsh-492
TZ=UTC ls -l --time-style=long-iso /tmp/lnsh-492/f
TZ=UTC ls -l --time-style=iso /tmp/lnsh-492/f
TZ=UTC ls -l '--time-style=+%F %T|%s|%b %e' /tmp/lnsh-492/g
ls -lh --time-style=+ /tmp/lnsh-492
TZ=UTC ls -l --time-style=posix-iso /tmp/lnsh-492/f
TZ=UTC ls --full-time /tmp/lnsh-492/g
ls -l --time-style=bogus /tmp/lnsh-492; echo $?
rm -r /tmp/lnsh-492
