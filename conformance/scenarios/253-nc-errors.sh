# 253-nc-errors: netcat-openbsd's argument checks and error texts
# Pins down: the usage text (missing destination/port, too many arguments), invalid and
# out-of-range ports (`port number invalid`, `too large`, `too small`), port range
# checks, an unknown option, a missing option argument, an invalid -w / -q, a host that
# does not resolve (`getaddrinfo for host ... Name or service not known`), `-l` with a
# destination and `-z`, a busy port (`Address already in use`), -s with an address the
# namespace does not own (`Cannot assign requested address`), `-h`.
ip netns add c
ip link set lo up
ip netns exec c nc
ip netns exec c nc 10.0.0.1
ip netns exec c nc 10.0.0.1 1 2
ip netns exec c nc -v 10.0.0.1 1 2
nc -v 127.0.0.1 1 2
ip netns exec c nc -z 10.0.0.1 port
ip netns exec c nc -z 10.0.0.1 70000
ip netns exec c nc -z 10.0.0.1 0
ip netns exec c nc -z 10.0.0.1 5-x
ip netns exec c nc -Y 10.0.0.1 1
ip netns exec c nc -w
ip netns exec c nc -w x 10.0.0.1 1
ip netns exec c nc -q x 10.0.0.1 1
ip netns exec c nc -z no.such.host 80
ip netns exec c nc -z 10.0.0.1 80
nc -zv -s 10.1.1.1 127.0.0.1 80
nc -l
nc -l 1 2 3
nc -u -l -W x 9000
nc -zv 127.0.0.1 9
nc -zv localhost 9
nc -h
