# The notes' "default net namespace": devices and addresses on the host make routes.
ip link add dev veth0 type veth peer name veth1
ip addr add 192.168.1.3/24 dev veth0
route -n
ip link set veth0 up
ip link set veth1 up
route -n
ip route
ip route show table local
ls /sys/class/net/
cat /sys/class/net/veth0/operstate
