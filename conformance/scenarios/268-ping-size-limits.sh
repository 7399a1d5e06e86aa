# 268-ping-size-limits: ping -s beyond what one IP datagram holds, as root
# Pins down: root may ask for any size (no "too large" refusal); an IPv4 datagram over 65535
# bytes fails in ip_append_data with a local error naming the route's MTU (+1 errors), also over
# a veth and with -M do; an ICMP message itself over 65535 bytes is refused by the raw socket
# without any error message (sent, lost); the size's own range check; ping -6 the same way.
ip link set lo up
ip link add v0 type veth peer name v1
ip addr add 10.9.0.1/24 dev v0
ip link set v0 up
ip link set v1 up
ping -c 1 -W 1 -s 65507 127.0.0.1
ping -c 1 -W 1 -s 65508 127.0.0.1
ping -c 2 -W 1 -s 70000 127.0.0.1
ping -c 1 -W 1 -s 1000000 127.0.0.1
ping -c 1 -W 1 -s -1 127.0.0.1
ping -c 1 -W 1 -s 65508 -M do 127.0.0.1
ping -c 1 -W 1 -s 65508 10.9.0.1
ping -c 1 -W 1 -s 65508 10.9.0.2
ping -c 1 -W 1 -s 2000 -M do 10.9.0.2
ping -c 1 -W 1 -s 65487 ::1
ping -c 1 -W 1 -s 65488 ::1
ping -c 1 -W 1 -s 70000 ::1
