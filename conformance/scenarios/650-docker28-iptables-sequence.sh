# 650-docker28-iptables-sequence: the iptables commands Docker Engine 28.2 runs at daemon start and for `docker run -d -p 8080:80` (libnetwork iptabler), in its order
# Pins down: iptables -C/-N/-I/-A/-P as Docker issues them (--wait, "0/0", "! --dst" after -j, "! -i" after the DNAT target), chain listing order, rule order from insert vs append
iptables --wait -t filter -C FORWARD -j DOCKER-ISOLATION; echo "rc=$?"
iptables --wait -t nat -n -L DOCKER; echo "rc=$?"
iptables --wait -t nat -N DOCKER && iptables --wait -t filter -N DOCKER && iptables --wait -t filter -N DOCKER-FORWARD && iptables --wait -t filter -N DOCKER-BRIDGE && iptables --wait -t filter -N DOCKER-CT && iptables --wait -t filter -N DOCKER-ISOLATION-STAGE-1 && iptables --wait -t filter -N DOCKER-ISOLATION-STAGE-2
iptables --wait -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER && iptables --wait -t nat -A OUTPUT -m addrtype --dst-type LOCAL -j DOCKER ! --dst 127.0.0.0/8
iptables --wait -t filter -I FORWARD -j DOCKER-FORWARD && iptables --wait -t filter -I DOCKER-FORWARD -j DOCKER-BRIDGE && iptables --wait -t filter -I DOCKER-FORWARD -j DOCKER-ISOLATION-STAGE-1 && iptables --wait -t filter -I DOCKER-FORWARD -j DOCKER-CT
iptables --wait -t filter -N DOCKER-USER && iptables --wait -t filter -I FORWARD -j DOCKER-USER
iptables --wait -t filter -P FORWARD DROP
iptables --wait -t nat -I POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE && iptables --wait -t nat -I DOCKER -i docker0 -j RETURN && iptables --wait -t filter -A DOCKER-FORWARD -i docker0 -j ACCEPT
iptables --wait -t filter -A DOCKER ! -i docker0 -o docker0 -j DROP && iptables --wait -t filter -A DOCKER-CT -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT && iptables --wait -t filter -A DOCKER-BRIDGE -o docker0 -j DOCKER
iptables --wait -t filter -A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2 && iptables --wait -t filter -I DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP
iptables-save | grep -v '^#'
iptables --wait -t raw -A PREROUTING -d 172.17.0.2 ! -i docker0 -j DROP
iptables --wait -t nat -A DOCKER -p tcp -d 0/0 --dport 8080 -j DNAT --to-destination 172.17.0.2:80 ! -i docker0; echo "rc=$?"
iptables --wait -t nat -C DOCKER -p tcp -d 0/0 --dport 8080 -j DNAT --to-destination 172.17.0.2:80 ! -i docker0; echo "rc=$?"
iptables --wait -t filter -I DOCKER ! -i docker0 -o docker0 -p tcp -d 172.17.0.2 --dport 80 -j ACCEPT
iptables-save | grep -v '^#'
iptables -t filter -A INPUT -s 10/8 -j ACCEPT; iptables -t filter -A INPUT -d 192.168/16 -j ACCEPT; iptables -t filter -A INPUT -s 172.20 -j ACCEPT; iptables -t filter -A INPUT -s 0x0a/8 -j ACCEPT; iptables -S INPUT
iptables -t filter -A INPUT -s 10.1.2.3.4 -j ACCEPT; echo "rc=$?"; iptables -t filter -A INPUT -s 256/8 -j ACCEPT; echo "rc=$?"
iptables --wait -t nat -C DOCKER -p tcp -d 0/0 --dport 9090 -j DNAT --to-destination 172.17.0.2:80 ! -i docker0; echo "rc=$?"
iptables --wait -t nat -D DOCKER -p tcp -d 0/0 --dport 8080 -j DNAT --to-destination 172.17.0.2:80 ! -i docker0 && iptables --wait -t filter -D DOCKER ! -i docker0 -o docker0 -p tcp -d 172.17.0.2 --dport 80 -j ACCEPT && iptables -t raw -D PREROUTING -d 172.17.0.2/32 ! -i docker0 -j DROP && iptables-save -t nat | grep -v '^#'
