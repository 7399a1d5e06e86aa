# Run: linnet run --lab two-hosts examples/two-hosts.sh
# The notes' "physical network 192.168.3.0/24": two machines, host1 192.168.3.1 and host2
# 192.168.3.2, their eth0 on one cable. The script runs on host1; `ssh host2 ...` runs a command
# line on host2 (its own kernel, its root namespace).
hostname
ip -br addr show eth0
ssh host2 hostname
ssh host2 ip -br addr show eth0
ping -c 1 192.168.3.2
# each machine has its own neighbour table, routes and namespaces
ssh host2 ip neigh show dev eth0
ssh host2 'ip netns add app && ip netns list'
ip netns list
# a private subnet behind host2 (a namespace on a veth), reached from host1 through host2
ssh host2 ip link add veth0 type veth peer name veth1 netns app
ssh host2 'ip addr add 10.2.0.1/24 dev veth0 && ip link set veth0 up'
ssh host2 ip netns exec app ip addr add 10.2.0.2/24 dev veth1
ssh host2 ip netns exec app ip link set veth1 up
ssh host2 ip netns exec app ip route add default via 10.2.0.1
ssh host2 sysctl -w net.ipv4.ip_forward=1
ip route add 10.2.0.0/24 via 192.168.3.2
ping -c 1 10.2.0.2
ssh host2 ip netns exec app ping -c 1 192.168.3.1
# no such machine in the lab
ssh host3 true
