# 731-socat-errors: socat's command-line errors before it opens anything (log line, exit status 1)
# Pins down: socat 1.7.4.4's address count check, unknown address type, unknown option of an address group, the "E" log line format
socat 2>&1 | sed 's/^[0-9/]* [0-9:]* socat\[[0-9]*\] /socat[PID] /'
socat STDIO 2>/dev/null; echo "rc=$?"
socat STDIO 2>&1 | sed 's/^[0-9/]* [0-9:]* socat\[[0-9]*\] /socat[PID] /'
socat FOO:1 STDIO 2>&1 | sed 's/^[0-9/]* [0-9:]* socat\[[0-9]*\] /socat[PID] /'
socat STDIO BAR 2>&1 | sed 's/^[0-9/]* [0-9:]* socat\[[0-9]*\] /socat[PID] /'
socat 'TUN:10.0.0.1/24,up,bogus' STDIO 2>&1 | sed 's/^[0-9/]* [0-9:]* socat\[[0-9]*\] /socat[PID] /'
socat STDIO 'UDP:127.0.0.1:9,nonsense=1' 2>&1 | sed 's/^[0-9/]* [0-9:]* socat\[[0-9]*\] /socat[PID] /'
socat a b c 2>&1 | sed 's/^[0-9/]* [0-9:]* socat\[[0-9]*\] /socat[PID] /'
socat STDIO bar 2>&1 | sed 's/^[0-9/]* [0-9:]* socat\[[0-9]*\] /socat[PID] /'
socat STDIO tun:1.2.3.4/24:5 2>&1 | sed 's/^[0-9/]* [0-9:]* socat\[[0-9]*\] /socat[PID] /'
socat STDIO udp:1.2.3.4 2>&1 | sed 's/^[0-9/]* [0-9:]* socat\[[0-9]*\] /socat[PID] /'
socat UDP-LISTEN STDIO 2>&1 | sed 's/^[0-9/]* [0-9:]* socat\[[0-9]*\] /socat[PID] /'
socat -Z STDIO STDIO 2>&1 | sed 's/^[0-9/]* [0-9:]* socat\[[0-9]*\] /socat[PID] /'
ip link show
