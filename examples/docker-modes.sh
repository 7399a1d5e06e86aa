# Docker's four network modes side by side (Docker Engine 28.2.2): bridge gets its own namespace with
# eth0 on docker0; host shares the machine's namespace (its eth0, docker0, routes); none has only lo;
# container:N shares N's namespace, so both see the same eth0 and the same listening sockets.
docker run -d --name br nginx
docker run -d --name ho --network host busybox sleep 1000
docker run -d --name no --network none busybox sleep 1000
docker run -d --name co --network container:br busybox sleep 1000
docker ps --format '{{.Names}}: {{.Networks}} {{.Ports}}'
docker exec br ip -br addr
docker exec ho ip -br addr
docker exec no ip -br addr
docker exec co ip -br addr
docker exec br ip route
docker exec ho ip route
docker exec no ip route
docker exec co curl -s -o /dev/null -w '%{http_code} from 127.0.0.1:80 in br\n' http://127.0.0.1/
docker exec no ping -c 1 -W 1 172.17.0.1
docker exec ho ping -c 1 172.17.0.2
docker inspect -f '{{.HostConfig.NetworkMode}} {{.NetworkSettings.SandboxKey}}' br ho no co
docker inspect -f '{{json .NetworkSettings.Networks}}' no
docker run --rm --network host -p 9090:80 busybox true
docker run --rm --network container:nosuch busybox true
docker run --rm --network container:br -p 9090:80 busybox true
docker stop br
docker exec co ip -br addr
docker rm -f br ho no co
ip link show type veth
