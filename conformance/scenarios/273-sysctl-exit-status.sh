# 273-sysctl-exit-status: procps sysctl's exit status over several keys
# Pins down: every failed read adds one to the status (3 missing keys exit 3), a failed write
# ORs 1 into it (two failed writes exit 1), in argument order (read then write 1, write then
# read 2); a key without "=" under -w is "invalid syntax" and counts as a failed write; reading a
# write-only file (route/flush) prints nothing and succeeds; -e silences and succeeds.
sysctl a.b c.d e.f
sysctl -w a.b=1 c.d=2
sysctl -w a.b=1 net.ipv4.ip_forward=1 c.d=2
sysctl a.b net.ipv4.ip_forward
sysctl a.b c.d=2
sysctl c.d=2 a.b
sysctl c.d=2 a.b e.f
sysctl a.b e.f c.d=1
sysctl -w x.y a.b=1
sysctl -w x.y z.w
sysctl net.ipv4.ip_forward=abc a.b
sysctl a.b net.ipv4.ip_forward=abc
sysctl -w net.ipv4.ip_forward=abc net.ipv4.ip_forward=5
sysctl -w net.ipv4.route.flush
sysctl net.ipv4.route.flush a.b
sysctl net.ipv4.route.flush net.ipv4.route.flush
sysctl -e a.b c.d
sysctl -q a.b
sysctl -w net.ipv4.ip_forward=0
