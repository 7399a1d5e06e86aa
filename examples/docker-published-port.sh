# Run: linnet run --lab two-hosts examples/docker-published-port.sh
# The notes' published port, reached from a second machine: nginx runs in a container on host1
# (192.168.3.1); host2 (192.168.3.2) connects to host1's port 8080. The SYN arrives on host1's eth0,
# nat PREROUTING jumps to DOCKER (the destination is a local address), DNAT rewrites 192.168.3.1:8080
# to the container's 172.17.0.2:80, the packet is forwarded to docker0 (filter DOCKER accepts it),
# and conntrack rewrites the replies back. The container sees host2's own address as the client.
docker run -d -p 8080:80 --name web nginx
docker inspect -f '{{.NetworkSettings.IPAddress}}' web
ssh host2 curl -s http://192.168.3.1:8080/
ssh host2 curl -sI http://192.168.3.1:8080/
docker logs web | tail -2
iptables -t nat -L DOCKER -n -v
iptables -L DOCKER -n -v
conntrack -L -p tcp --dport 8080
# a port published only on 127.0.0.1 is not reachable from the other machine
docker run -d -p 127.0.0.1:8081:80 --name local nginx
ssh host2 curl -sS http://192.168.3.1:8081/
curl -s -o /dev/null -w '%{http_code}\n' http://127.0.0.1:8081/
iptables -t raw -S PREROUTING
# the container's own address is not reachable from outside either, even with a route to it:
# raw PREROUTING drops what comes to 172.17.0.2 through any interface but docker0
ssh host2 ip route add 172.17.0.0/16 via 192.168.3.1
ssh host2 curl -sS --connect-timeout 2 http://172.17.0.2/
iptables -t raw -L PREROUTING -n -v | head -3
# once the container is gone, so are its DNAT rule and the port
docker rm -f web
ssh host2 curl -sS http://192.168.3.1:8080/
