
# 515-notes-brctl: seeds 002/004 brctl blocks, verbatim (trailing blanks included)
# Pins down: brctl addbr/delbr, then addif to the deleted br0 (and missing eth0..eth2):
# brctl's own error texts; then (neighbour) br0 and eth0..eth2 present: addif works and
# brctl show lists the ports.
brctl addbr br0 
brctl delbr br0
brctl addif br0 eth0  
brctl addif br0 eth1
brctl addif br0 eth2
# neighbour: the bridge and the ports exist
ip link add eth0 type veth peer name eth0p
ip link add eth1 type veth peer name eth1p
ip link add eth2 type veth peer name eth2p
# fixed MACs: the bridge id is the smallest port MAC
ip link set eth0 address 02:00:00:00:00:10
ip link set eth1 address 02:00:00:00:00:11
ip link set eth2 address 02:00:00:00:00:12
brctl addbr br0 
brctl addif br0 eth0  
brctl addif br0 eth1
brctl addif br0 eth2
brctl show
ip link show master br0
brctl addif br0 eth0
brctl delbr br0
brctl show
