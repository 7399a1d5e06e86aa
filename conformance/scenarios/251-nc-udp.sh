# 251-nc-udp: netcat-openbsd UDP client and server, UDP to a closed port
# Pins down: `nc -u -l -W 1 PORT` in the background prints the first datagram and exits
# after that one; a UDP client sends stdin as one datagram and waits -w seconds for an
# answer; `-z -v -u` probes with four one-byte datagrams: a closed port answers ICMP port
# unreachable, the pending error fails a later write and nc exits 1 silently (each port
# of a range alike); an address nobody answers gives no error, so the probe "succeeds"
# (`Connection to X PORT port [udp/*] succeeded!`); a client with data to a closed port
# ends quietly with status 0; `-p` sets the client's source port; `-v` makes the UDP
# client probe the same way before sending (exit 1 for a closed port, data or not),
# `-z` alone sends nothing (exit 0). ICMP rate limiting is off in the server namespace
# so that every probe gets its error.
ip netns add c
ip netns add s
ip link add vc netns c type veth peer name vs netns s
ip -n c addr add 10.0.6.1/24 dev vc
ip -n s addr add 10.0.6.2/24 dev vs
ip -n c link set vc up
ip -n s link set vs up
ip netns exec s sysctl -q -w net.ipv4.icmp_ratelimit=0
ip netns exec s nc -u -l -W 1 6000 &
# settle: the server is bound
ping -q -c 2 -i 0.2 127.0.0.1
echo datagram | ip netns exec c nc -u -w 1 10.0.6.2 6000
ip netns exec c nc -zvu 10.0.6.2 6002
ip netns exec c nc -zvun 10.0.6.2 6002
ip netns exec c nc -zu 10.0.6.2 6002
echo nobody-listens | ip netns exec c nc -u -w 1 10.0.6.2 6003
ip netns exec c nc -zvu 10.0.6.2 52-54
ip netns exec c nc -zvu -w 1 10.0.6.9 6000
ip netns exec s nc -u -l -W 1 6004 &
# settle: the server is bound
ping -q -c 2 -i 0.2 127.0.0.1
echo from-port-7000 | ip netns exec c nc -u -w 1 -p 7000 10.0.6.2 6004
ip netns exec c nc -u -w 1 10.0.6.2 6005
ip netns exec c nc -uv -w 1 10.0.6.2 6005
echo x | ip netns exec c nc -uv -w 1 10.0.6.2 6005
ip netns exec c nc -uzv -w 1 10.0.6.2 6005 6006
ip netns exec c ip neigh show 10.0.6.2
