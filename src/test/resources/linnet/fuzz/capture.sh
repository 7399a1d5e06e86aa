# Makes the frames the wire and pcap fuzz targets start from (Seeds.capture): ARP, ICMP, ICMPv6/ND, fragments,
# VXLAN, TCP, UDP, ICMP errors, captured on va. Namespace a plays the machine behind the fuzz set-up's tap0
# (Fuzz.SETUP): its frames are addressed to br0's MAC and addresses, and to vx0's VNI.
ip netns add a
ip link add va type veth peer name vb
ip link set va address 02:00:00:00:09:01
ip link set vb address 02:00:00:00:09:02
ip link set vb netns a
ip addr add 10.9.0.1/24 dev va
ip addr add fd09::1/64 dev va
ip link set va up
ip -n a addr add 10.9.0.2/24 dev vb
ip -n a addr add fd09::2/64 dev vb
ip -n a link set vb up
ip -n a link set lo up
ip link add vx type vxlan id 42 dstport 4789 local 10.9.0.1 remote 10.9.0.2 dev va
ip -n a link add vx type vxlan id 42 dstport 4789 local 10.9.0.2 remote 10.9.0.1 dev vb
ip addr add 10.42.0.1/24 dev vx
ip link set vx up
ip -n a addr add 10.42.0.2/24 dev vx
ip -n a link set vx up
sleep 3
tcpdump -i va -w /tmp/all.pcap -c 60 2>/dev/null &
sleep 1
ping -c 1 10.9.0.2
ping -c 1 fd09::2
ping -c 1 10.42.0.2
ping -c 1 -s 3000 10.9.0.2
ip netns exec a nc -l -p 5000 > /dev/null &
sleep 1
echo hi | nc -q 1 10.9.0.2 5000
echo hi | nc -u -w 1 10.9.0.2 5001
traceroute -n -m 2 -q 1 10.9.0.2
nc -z -w 1 10.9.0.2 5002
sleep 2
wait
