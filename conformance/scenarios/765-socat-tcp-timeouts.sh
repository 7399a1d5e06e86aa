# 765-socat-tcp-timeouts: socat's connect failures that come with an ICMP error or a timeout, and -T inactivity
# Pins down: an address nobody answers ARP for: N receiving packet from / N received ICMP from SRC, type 3, code 1, info 0, data 0, resulting in errno 113 / E connect(5, ..): No route to host; connect-timeout=: E connecting to AF=2 IP:PORT: Connection timed out (no W line); -T with and without an end of file (poll timed out with the -t value while closing, inactivity timeout triggered, exiting before the addresses are closed)
mkdir -p /tmp/s765
ip link set lo up
ip netns add x765
ip link add vx netns x765 type veth peer name vr
ip addr add 10.76.5.1/24 dev vr
ip link set vr up
ip -n x765 addr add 10.76.5.2/24 dev vx
ip -n x765 link set vx up
socat -d -d - TCP:10.76.5.99:80 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat -d -d - TCP:10.76.5.99:80,connect-timeout=1 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
ip netns exec x765 iptables -A INPUT -p tcp --dport 7652 -j DROP
socat -d -d - TCP:10.76.5.2:7652,connect-timeout=0.5 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
socat - TCP:10.76.5.2:7652,connect-timeout=0.5 2>/dev/null; echo rc=$?
socat -d -d -d -T 1 -t 0.3 TCP-LISTEN:7660 UDP:127.0.0.1:9,sp=7670 >/tmp/s765/o1 2>/tmp/s765/e1 &
sleep 0.3
socat -t 2 - TCP:127.0.0.1:7660,sp=7671
sleep 1.5
sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /' /tmp/s765/e1
socat -d -d -T 0.3 TCP-LISTEN:7662 UDP:127.0.0.1:9,sp=7672 >/tmp/s765/o3 2>/tmp/s765/e3 &
sleep 0.3
socat -d -d -T 0.6 UDP:127.0.0.1:9,sp=7673 TCP:127.0.0.1:7662,sp=7674 2>&1 | sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /'
sleep 0.5
sed -E 's/^[0-9/]+ [0-9:]+ socat\[[0-9]+\] /socat[PID] /' /tmp/s765/e3
ip netns del x765
