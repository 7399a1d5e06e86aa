# 336-conntrack-get: conntrack -G, one entry by its tuple
# Pins down: the options -G needs, in conntrack-tools' order (--protonum, then both addresses,
# then the protocol's keys: --icmp-type and --icmp-code, --sport and --dport, GRE's keys), exit 2
# with the help hint; an entry found by its original tuple prints with "1 flow entries" and use=2
# (-o extended too); its reply tuple finds it but shows nothing (exit 1); no entry: "Operation
# failed: such conntrack doesn't exist" (exit 1).
conntrack -G -p icmp -s 10.0.0.1 -d 10.0.0.2
conntrack -G -p tcp -s 10.0.0.1 -d 10.0.0.2 --sport 1 --dport 2
conntrack -G -p udp -s 10.0.0.1 -d 10.0.0.2
conntrack -G
conntrack -G -p icmp -s 10.0.0.1 -d 10.0.0.2 --icmp-type 8 --icmp-code 0 --icmp-id 5
conntrack -G -p tcp --sport 1 --dport 2
conntrack -G -p tcp -s 10.0.0.1 --sport 1 --dport 2
conntrack -G -p icmp -s 10.0.0.1 -d 10.0.0.2 --icmp-type 8
conntrack -G -p tcp -s 10.0.0.1 -d 10.0.0.2 --sport 1
conntrack -G -p gre -s 10.0.0.1 -d 10.0.0.2
ip link add v0 type veth peer name v1
ip addr add 10.5.0.1/24 dev v0
ip link set v0 up
ip link set v1 up
iptables -A OUTPUT -m conntrack --ctstate NEW
ping -c 1 -W 1 10.5.0.1
conntrack -L
conntrack -G -p icmp -s 10.5.0.1 -d 10.5.0.1 --icmp-type 8 --icmp-code 0 --icmp-id 1
ip link set lo up
echo x | nc -u -p 5000 -w 1 10.5.0.1 6000
conntrack -L -p udp
conntrack -G -p udp -s 10.5.0.1 -d 10.5.0.1 --sport 5000 --dport 6000
conntrack -G -p udp -s 10.5.0.1 -d 10.5.0.1 --sport 6000 --dport 5000
conntrack -G -p udp --orig-src 10.5.0.1 --orig-dst 10.5.0.1 --sport 5000 --dport 6000 -o extended
