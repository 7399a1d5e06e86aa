# The notes' Docker topology (Docker Engine 28.2.2): the daemon starts on first use with docker0
# 172.17.0.1/16 and its iptables chains; two containers on docker0, each with a veth pair (vethXXXXXXX
# on the host, eth0 inside), reach each other, the host, and the outside through MASQUERADE; a
# published port is DNATed in the DOCKER chain, and docker-proxy answers on 127.0.0.1.
docker network ls
ip addr show docker0
iptables-save
docker run -d -p 8080:80 --name web nginx
docker run -d --name cache redis
docker ps
ip link show master docker0
bridge link
iptables-save
docker exec web ip addr show eth0
docker exec web ip route
docker exec web cat /etc/hosts /etc/resolv.conf
docker inspect -f '{{.NetworkSettings.IPAddress}} {{.NetworkSettings.Gateway}} {{.NetworkSettings.MacAddress}}' web
docker exec web ping -c 1 172.17.0.3
docker exec cache ping -c 1 172.17.0.1
docker exec cache ping -c 1 8.8.8.8
docker port web
printf 'GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' | nc 127.0.0.1 8080 | head -1
printf 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' | nc 10.0.2.15 8080 | head -1
docker exec cache sh -c "printf 'GET / HTTP/1.0\r\n\r\n' | nc 10.0.2.15 8080 | head -1"
docker exec web sh -c "printf 'PING\r\n' | nc -w 1 172.17.0.3 6379"
docker logs web | tail -3
conntrack -L -p tcp --dport 8080
docker run -d -p 8080:80 --name web2 nginx
docker run -d --name web nginx
docker stop web cache
docker ps -a
docker rm web cache web2
iptables-save -t nat
