iptables -t raw -A PREROUTING -j CT
iptables -t raw -A PREROUTING -m iprange --dst-range 10.0.0.9-10.0.0.1 --src-range 1.0.0.2-1.0.0.1
iptables -t raw -S
iptables -t raw -L -n
