# 763-socat-tcp-halfclose: socat's half-close: stdin's end shuts the socket's writing down, the other direction goes on until the peer closes or -t runs out; a TCP port forwarder
# Pins down: a client whose stdin is at its end still prints what the peer sends afterwards (socket 1 (fd 0) is at EOF, then the data, then socket 2 (fd 5) is at EOF); -t: the client exits that long after its stdin ended while the peer keeps its side open (no socket 2 EOF line), the peer waiting its own -t; TCP-LISTEN relaying to TCP: (FDs [6,6] and [5,5]); -d -d -d info lines against a -u listener (socket(), accept(), close(5), transferred N bytes, shutdown(F, 1), shutdown(F, 2) and its not connected)
mkdir -p /tmp/s763
ip netns add a763
ip netns add b763
ip link add va netns a763 type veth peer name vb netns b763
ip -n a763 addr add 10.76.3.1/24 dev va
ip -n b763 addr add 10.76.3.2/24 dev vb
ip -n a763 link set va up
ip -n b763 link set vb up
ip -n b763 link set lo up
echo reply | ip netns exec b763 socat TCP-LISTEN:7630 - >/tmp/s763/out1 &
sleep 0.3
ip netns exec a763 socat -d -d - TCP:10.76.3.2:7630,sp=7631 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
sleep 0.2
cat /tmp/s763/out1
ip netns exec b763 socat -d -d -t 1.5 TCP-LISTEN:7632 UDP:127.0.0.1:9,sp=7639 >/tmp/s763/out2 2>/tmp/s763/err2 &
sleep 0.3
ip netns exec a763 socat -d -d -t 0.3 - TCP:10.76.3.2:7632,sp=7633 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /' /tmp/s763/err2
sleep 1.5
sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /' /tmp/s763/err2
ip netns exec b763 socat -u TCP-LISTEN:7634 - >/tmp/s763/out3 &
ip netns exec b763 socat -d -d TCP-LISTEN:7635 TCP:127.0.0.1:7634,bind=127.0.0.1:7636 >/tmp/s763/out4 2>/tmp/s763/err4 &
sleep 0.3
echo forwarded | ip netns exec a763 socat - TCP:10.76.3.2:7635,sp=7637
sleep 0.3
cat /tmp/s763/out3
sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /' /tmp/s763/err4
ip netns exec b763 socat -d -d -d -u TCP-LISTEN:7638 - >/tmp/s763/out5 2>/tmp/s763/err5 &
sleep 0.3
echo info | ip netns exec a763 socat -d -d -d - TCP:10.76.3.2:7638 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /; s/10\.76\.3\.1:[0-9]+/10.76.3.1:EPH/'
sleep 0.3
cat /tmp/s763/out5
sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /; s/10\.76\.3\.1:[0-9]+/10.76.3.1:EPH/' /tmp/s763/err5
ip netns del a763
ip netns del b763
