# 764-socat-udp-tun-notices: socat's -d -d and -d -d -d lines for UDP and TUN addresses, -t running out, and a SIGTERM
# Pins down: listening on UDP / accepting UDP connection from / permitting UDP connection from, socket(2, 2, 17) -> 5, the UDP client's opening connection / successfully connected from local address, setting option "sourceport", shutdown(5, 1) of a UDP socket, poll timed out (no data within 0.500000 seconds); TUN: creating tunnel network interface, open("/dev/net/tun", 02, 0666) -> 5, socket(2, 2, 0) -> 6 so the next socket is 7, setting option "iff-up"/"iff-no-pi"; a refused datagram ends the loop (E read(7, ...): Connection refused, N exit(1)); kill PID: socat_signal(): handling signal 15, W exiting on signal 15, N exit(143), status 143
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
mkdir -p /tmp/s764
ip link set lo up
socat -d -d UDP-LISTEN:7640 - >/tmp/s764/out1 2>/tmp/s764/err1 &
sleep 0.3
echo udp | socat -d -d - UDP:127.0.0.1:7640,sp=7641 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
sleep 0.3
cat /tmp/s764/out1
sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /' /tmp/s764/err1
socat -d -d -d UDP4-LISTEN:7642 - >/tmp/s764/out2 2>/tmp/s764/err2 &
sleep 0.3
echo info | socat -d -d -d - UDP4:127.0.0.1:7642,sp=7643 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
sleep 0.3
sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /' /tmp/s764/err2
socat -d -d -d TUN:10.76.4.1/24,up,iff-no-pi UDP:127.0.0.1:7644,sp=7645 >/tmp/s764/out3 2>/tmp/s764/err3 &
sleep 0.3
ip -br addr show tun0
ping -c 1 -W 1 10.76.4.2 | grep transmitted | sed 's/time [0-9]*ms/time Xms/'
sleep 0.3
sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /; s/0x[0-9a-f]+/0xADDR/' /tmp/s764/err3
ip -br link show
socat -d -d TCP-LISTEN:7646 - >/tmp/s764/out4 2>/tmp/s764/err4 & sleep 0.3; kill $!; wait $!; echo rc=$?
sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /' /tmp/s764/err4
socat -d TCP-LISTEN:7647 - 2>/tmp/s764/err5 & sleep 0.3; kill $!; wait $!; echo rc=$?
sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /' /tmp/s764/err5
