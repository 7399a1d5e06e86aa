# 742-tcpdump-ip6-hbh-options: tcpdump naming an IPv6 hop-by-hop header's options and MLDv2 records
# Pins down: an MLDv2 report (hop-by-hop header with a router alert and padding) as tcpdump 4.99
# prints it plain ("HBH ICMP6 ... N group record(s), length L") and under -v, where ip6_opt_process
# names each option ("HBH (rtalert: 0x0000) (padn) [icmp6 sum ok]") and mldv2_report_print each
# record ("[gaddr G to_ex, 0 source(s)]"), under -vv with its source list ("{ }"); fixed MACs make
# the addresses fixed, the capture keeps to the namespace's frames (its peer resends its own
# reports when the carrier comes back, racing them)
ip netns add hb1
ip link add hbv0 type veth peer name eth0 netns hb1
ip link set hbv0 address 02:00:00:00:00:10 up
ip -n hb1 link set eth0 address 02:00:00:00:00:11
(sleep 0.2; ip -n hb1 link set eth0 up) & timeout 3 tcpdump -i hbv0 -t -n -c 1 'ip6 and dst ff02::16 and ether src 02:00:00:00:00:11' 2>/dev/null
ip -n hb1 link set eth0 down
(sleep 0.2; ip -n hb1 link set eth0 up) & timeout 3 tcpdump -i hbv0 -t -n -v -c 1 'ip6 and dst ff02::16 and ether src 02:00:00:00:00:11' 2>/dev/null
ip -n hb1 link set eth0 down
(sleep 0.2; ip -n hb1 link set eth0 up) & timeout 3 tcpdump -i hbv0 -t -n -vv -c 1 'ip6 and dst ff02::16 and ether src 02:00:00:00:00:11' 2>/dev/null
