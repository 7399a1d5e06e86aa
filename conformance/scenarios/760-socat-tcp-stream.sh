# 760-socat-tcp-stream: socat TCP-LISTEN and TCP: across two namespaces, with -d -d notices on both sides
# Pins down: a background `socat TCP-LISTEN:PORT -` prints what the client sent; `echo hi | socat - TCP:HOST:PORT`; -d -d notice lines (listening on, accepting connection from .. on .., reading from and writing to stdio, opening connection to, successfully connected from local address, starting data transfer loop with FDs [..] and [..], socket N (fd F) is at EOF, exiting with status 0); fds 5 (connect, listen) and 6 (accepted); bind= on the listener; -u
mkdir -p /tmp/s760
ip netns add a760
ip netns add b760
ip link add va netns a760 type veth peer name vb netns b760
ip -n a760 addr add 10.76.0.1/24 dev va
ip -n b760 addr add 10.76.0.2/24 dev vb
ip -n a760 link set va up
ip -n b760 link set vb up
ip netns exec b760 socat TCP-LISTEN:7600 - >/tmp/s760/out1 &
sleep 0.3
echo hi | ip netns exec a760 socat - TCP:10.76.0.2:7600
sleep 0.3
cat /tmp/s760/out1
ip netns exec b760 socat -d -d -u TCP-LISTEN:7601,bind=10.76.0.2 - >/tmp/s760/out2 2>/tmp/s760/err2 &
sleep 0.3
echo hello | ip netns exec a760 socat -d -d - TCP4:10.76.0.2:7601 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /; s/10\.76\.0\.1:[0-9]+/10.76.0.1:EPH/'
sleep 0.3
cat /tmp/s760/out2
sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /; s/10\.76\.0\.1:[0-9]+/10.76.0.1:EPH/' /tmp/s760/err2
ip netns exec b760 socat -d -d -u TCP4-LISTEN:7602,reuseaddr STDOUT >/tmp/s760/out3 2>/tmp/s760/err3 &
sleep 0.3
echo third | ip netns exec a760 socat - TCP-CONNECT:10.76.0.2:7602,bind=10.76.0.1:7699
sleep 0.3
cat /tmp/s760/out3
sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /' /tmp/s760/err3
ip -n a760 -br link show va | awk '{print $1, $2}'
ip netns del a760
ip netns del b760
