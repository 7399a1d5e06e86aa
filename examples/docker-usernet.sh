# A user-defined bridge network (Docker Engine 28.2.2): IPAM takes the next free default pool
# (172.18.0.0/16), the bridge is br-<network id>, and the embedded DNS (nameserver 127.0.0.11)
# resolves container names, NAME.NETWORK and aliases between containers of the network; the
# default bridge has no such names, and the isolation chains keep the two networks apart.
docker network create appnet
docker network create --subnet 192.168.50.0/24 --gateway 192.168.50.1 -o com.docker.network.bridge.name=br-lab lab
docker network ls
ip -br link show type bridge
docker run -d --name web --network appnet nginx
docker run -d --name client --network appnet busybox sleep 1000
docker run -d --name other busybox sleep 1000
docker exec client cat /etc/resolv.conf
docker exec client ping -c 1 web
docker exec client ping -c 1 web.appnet
docker exec client wget -qO- http://web/ | grep title
docker exec client curl -sI http://web/
docker exec other ping -c 1 web
docker exec other ping -c 1 -W 1 172.18.0.2
docker network connect appnet other
docker exec other ip -br addr
docker exec other ping -c 1 web
docker network disconnect appnet other
docker run -d --name db --network lab --ip 192.168.50.10 redis
docker exec db ip -br addr show eth0
docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}/{{.IPPrefixLen}} gw {{.Gateway}}{{end}}' db
docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}} {{.Options}}' lab
docker network inspect appnet
iptables-save -t filter
iptables-save -t nat
docker network create appnet
docker network create --subnet 192.168.50.128/25 clash
docker network rm appnet
docker rm -f web client other db
docker network rm appnet lab
docker network ls
