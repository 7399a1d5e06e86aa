# 730-socat-tun-vpn: the notes' VPN with socat: TUN <-> UDP between two namespaces joined by a veth, ping across tun0
# Pins down: socat TUN:ADDR/LEN,up,tun-type=tun,iff-no-pi (a tun device, SIOCSIFADDR/SIOCSIFNETMASK, up), UDP-LISTEN connecting to the first sender, UDP:HOST:PORT, one packet per datagram, tun removed when socat ends
ip netns add vpna730
ip netns add vpnb730
ip link add va730 netns vpna730 type veth peer name vb730 netns vpnb730
ip -n vpna730 addr add 192.168.3.1/24 dev va730
ip -n vpnb730 addr add 192.168.3.2/24 dev vb730
ip -n vpna730 link set va730 up
ip -n vpnb730 link set vb730 up
ip netns exec vpnb730 socat TUN:10.73.0.2/24,up,tun-type=tun,iff-no-pi UDP-LISTEN:9730 >/dev/null 2>&1 &
sleep 0.3
ip netns exec vpna730 socat UDP:192.168.3.2:9730 TUN:10.73.0.1/24,up,tun-type=tun,iff-no-pi >/dev/null 2>&1 &
sleep 0.3
ip -n vpna730 -4 addr show tun0
ip -n vpnb730 -4 addr show tun0
ip -n vpnb730 link show tun0
ip -n vpna730 route
ip netns exec vpna730 ping -c 2 -W 1 10.73.0.2 | sed -e 's/time=[0-9.]* ms/time=X ms/' -e 's/time [0-9]*ms/time Xms/' -e '/^rtt/d'
ip netns exec vpnb730 ping -c 1 -W 1 10.73.0.1 | grep transmitted | sed 's/time [0-9]*ms/time Xms/'
ip netns pids vpna730 | xargs kill
sleep 0.2
ip -n vpna730 link show tun0
ip netns pids vpnb730 | xargs kill
sleep 0.2
ip -n vpnb730 -br link | awk '{print $1, $2}'
ip netns del vpna730
ip netns del vpnb730
