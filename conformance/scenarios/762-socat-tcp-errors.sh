# 762-socat-tcp-errors: socat's errors for TCP addresses: refused, unreachable, address in use, cannot assign, bad syntax, unknown and misplaced options
# Pins down: E connect(5, AF=2 IP:PORT, 16): Connection refused / Network is unreachable (with -d: W recvmsg(): Resource temporarily unavailable first; with -d -d: N exit(1) last), E bind(5, {AF=2 0.0.0.0:PORT}, 16): Address already in use, bind= addresses that are not local (port 0 for a client), wrong number of parameters, empty port/service, getaddrinfo texts for a bad service and a bad host, parseopts_table() unknown option / not supported with this address type, aliases TCP-L TCP4-L TCP-CONNECT, /etc/services names, ports modulo 65536, status 1; the second address is parsed only once the first is open
ip link set lo up
socat - TCP:127.0.0.1:7620 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat - TCP:127.0.0.1:7620 2>/dev/null; echo rc=$?
socat -d - TCP-CONNECT:127.0.0.1:7620 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat -d -d - TCP4:127.0.0.1:7620 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat -dd - tcp:localhost:http 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat - TCP:10.76.2.1:7620 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat -d -d - TCP:10.76.2.1:72156 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat TCP-LISTEN:7621 - &
sleep 0.2
socat TCP-LISTEN:7621 - 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat -d -d TCP4-LISTEN:7621,reuseaddr - 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat TCP-L:7622,bind=10.76.2.1 - 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat - TCP:127.0.0.1:7621,bind=10.76.2.1 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat - TCP:127.0.0.1 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat TCP4-L:1:2 - 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat - TCP:127.0.0.1: 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat TCP-LISTEN: - 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat - TCP:127.0.0.1:nosuchservice 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat TCP-LISTEN:-5 - 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat - TCP::7620 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat - TCP:127.0.0.1:7620,nosuchopt 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat - TCP:127.0.0.1:7620,tun-type=tap 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat 'STDIO,fork' TCP:127.0.0.1:7620 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat -d -d - TCP-LISTEN:7623,bogus=1 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat -d -d - FOO:1 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat -d -d TCP:127.0.0.1:7620 FOO:1 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat -d -d TUN:10.76.2.9/24 TCP:127.0.0.1 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
ip -br link show
