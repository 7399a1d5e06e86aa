# 550-bridge-port-limit: a bridge takes at most 1023 ports; the 1024th is refused with EXFULL and a freed port number is reused
# Pins down: find_portno's BR_MAX_PORTS limit, its texts from ip and brctl, the refused device stays unenslaved, the smallest free number is taken
ip link add br0 type bridge
for i in $(seq 1 256); do ip link add v$i type veth peer name p$i && ip link set v$i master br0 || echo fail $i; done
for i in $(seq 257 512); do ip link add v$i type veth peer name p$i && ip link set v$i master br0 || echo fail $i; done
for i in $(seq 513 768); do ip link add v$i type veth peer name p$i && ip link set v$i master br0 || echo fail $i; done
for i in $(seq 769 1023); do ip link add v$i type veth peer name p$i && ip link set v$i master br0 || echo fail $i; done
ls /sys/class/net/br0/brif | wc -l
ip link add v1024 type veth peer name p1024
ip link set v1024 master br0
brctl addif br0 v1024
ip link show v1024
cat /sys/class/net/v1023/brport/port_no
ip link set v7 nomaster
ip link set v1024 master br0
cat /sys/class/net/v1024/brport/port_no
ip link set v8 nomaster
brctl addif br0 v8
cat /sys/class/net/v8/brport/port_no
