# 761-socat-tcp-fork: socat TCP-LISTEN with fork,reuseaddr serves one client after another, each in a child process
# Pins down: the listener keeps accepting (forked off child process, listening on .. again), the child's own notices (reading from and writing to stdio, FDs [6,6] and [0,1]), childdied(): handling signal 17 after each child ends, the client side's notices, a fork child whose second address fails (connection refused: W recvmsg, E connect, N exit(1)) while the listener goes on
mkdir -p /tmp/s761
ip netns add a761
ip netns add b761
ip link add va netns a761 type veth peer name vb netns b761
ip -n a761 addr add 10.76.1.1/24 dev va
ip -n b761 addr add 10.76.1.2/24 dev vb
ip -n a761 link set va up
ip -n b761 link set vb up
ip -n b761 link set lo up
ip netns exec b761 socat -d -d TCP-LISTEN:7610,reuseaddr,fork - >/tmp/s761/out1 2>/tmp/s761/err1 &
sleep 0.3
echo one | ip netns exec a761 socat - TCP:10.76.1.2:7610,sp=7681
sleep 0.2
echo two | ip netns exec a761 socat -d -d - TCP:10.76.1.2:7610,sp=7682 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
sleep 0.3
cat /tmp/s761/out1
sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /; s/child process [0-9]+/child process CPID/' /tmp/s761/err1
ip netns exec b761 socat -d -d TCP-LISTEN:7611,fork TCP:127.0.0.1:7612 >/tmp/s761/out2 2>/tmp/s761/err2 &
sleep 0.3
ip netns exec a761 socat - TCP:10.76.1.2:7611,sp=7684 </dev/null; echo rc=$?
sleep 0.3
sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /; s/child process [0-9]+/child process CPID/' /tmp/s761/err2
ip netns exec b761 socat -u TCP-LISTEN:7612 - >/tmp/s761/out3 &
sleep 0.3
echo relayed | ip netns exec a761 socat - TCP:10.76.1.2:7611,sp=7685; echo rc=$?
sleep 0.3
cat /tmp/s761/out3
sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /; s/child process [0-9]+/child process CPID/; s/127\.0\.0\.1:[0-9]+ on/127.0.0.1:EPH on/; s/address AF=2 127\.0\.0\.1:[0-9]+/address AF=2 127.0.0.1:EPH/' /tmp/s761/err2
ip netns del a761
ip netns del b761
