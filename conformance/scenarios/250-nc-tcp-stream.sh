# 250-nc-tcp-stream: netcat-openbsd TCP client and one-shot -l server across two namespaces
# Pins down: a background `nc -l PORT` server prints what the client sent and exits when
# the client's side closes (`-N` shuts down the write side at stdin's end); `-q 0` quits
# at stdin's end without a shutdown; `-p` as the server's port, a server bound to an
# address (`nc -l ADDR PORT`); a server that is gone answers the next SYN with a RST
# (`Connection refused`); `-z -v` port ranges report each port in order, the open one as
# `Connection to X PORT port [tcp/*] succeeded!` (services named from /etc/services:
# [tcp/ssh], [tcp/http]); `-n` keeps the numeric form; exit status 0 when any port of a
# range answered.
ip netns add c
ip netns add s
ip link add vc netns c type veth peer name vs netns s
ip -n c addr add 10.0.5.1/24 dev vc
ip -n s addr add 10.0.5.2/24 dev vs
ip -n s addr add 10.0.5.3/24 dev vs
ip -n c link set vc up
ip -n s link set vs up
ip -n s link set lo up
ip netns exec s nc -l 5000 &
# settle: the server is listening
ping -q -c 2 -i 0.2 127.0.0.1
echo hello | ip netns exec c nc -N 10.0.5.2 5000
ip netns exec c nc -v 10.0.5.2 5000
ip netns exec s nc -l -p 5001 &
# settle: the server is listening
ping -q -c 2 -i 0.2 127.0.0.1
echo quit-at-eof | ip netns exec c nc -q 0 10.0.5.2 5001
ip netns exec s nc -l 10.0.5.3 5002 &
# settle: the server is listening
ping -q -c 2 -i 0.2 127.0.0.1
ip netns exec c nc -zv 10.0.5.2 5002
echo to-the-bound-address | ip netns exec c nc -N 10.0.5.3 5002
ip netns exec s nc -l 22 &
ip netns exec s nc -l 80 &
# settle: the servers are listening
ping -q -c 2 -i 0.2 127.0.0.1
ip netns exec c nc -z 10.0.5.2 22
ip netns exec c nc -zv 10.0.5.2 79-81
ip netns exec s nc -l 22 &
# settle: the server is listening
ping -q -c 2 -i 0.2 127.0.0.1
ip netns exec c nc -zvn 10.0.5.2 20-23
ip netns exec c nc -zv 10.0.5.2 79-81
