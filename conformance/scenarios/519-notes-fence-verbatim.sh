
# 519-notes-fence-verbatim: whole code fences of the notes pasted line by line
# Pins down: what bash makes of the notes' non-command lines when a reader pastes a whole block:
# `// ...` comment lines (`//` is a directory: 126; `//add` is no file: 127), ASCII-art lines
# (`|  ...  |`: syntax error near unexpected token `|'; an indented `+`: command not found),
# the commented-out teardown and the traceroute output lines; the commands between them run as
# in 500/516. Blocks: seed 000 "net namespace" (lines 3-21), seed 003 "基本使用" (30-38), the
# diagram of seed 000 "bridge 同一网段连接示例" (169-195) with its first commands, the notes'
# traceroute output and teardown comments (135-166), the router diagram's start (226-232).
# Left out (they are in 521): the lines that start with `+` or with a Chinese word.
// 
// 新建netns
ip netns add mynetns
// 查看netns
ip netns list/show
// 删除netns
ip netns del mynetns
// default net namespace
ip link add dev veth0
ip addr add 192.168.1.3/24 dev veth0
route -n
//add tun/tap
ip tuntap add dev tun0 mode tun 
ip tuntap add dev tap0 mode tap 
//del tun/tap
ip tuntap del dev tun0 mode tun
ip tuntap del dev tap0 mode tap
ip link del tun0
ip link del tap0
|                  |     |                  |
|                  |     |                  |
|                  |     |                  |
|       ns1        |     |       ns2        |
|                  |     |                  |
|                  |     |                  |
|                  |     |                  |
|  192.168.1.2/24  |     |  192.168.1.3/24  |
        +                         +         
        |                         |         
        |                         |         
        +                         +         
|                                           |
|               linux-bridge                |
|                                           |
// 新建 ns bridge
ip netns add ns1
ip netns add ns2
ip link add dev my_br0 type bridge
// traceroute to 10.151.116.190 (10.151.116.190), 30 hops max, 60 byte packets
//  1  192.168.1.1 (192.168.1.1)  0.034 ms  0.014 ms  0.011 ms
//  2  172.17.0.1 (172.17.0.1)  0.035 ms  0.022 ms  0.020 ms
//  3  10.151.3.254 (10.151.3.254)  0.451 ms  0.422 ms  0.398 ms
//  4  10.151.0.109 (10.151.0.109)  0.424 ms  0.394 ms  0.365 ms
//  5  10.151.0.106 (10.151.0.106)  0.594 ms  0.607 ms  0.583 ms
//  6  10.151.0.70 (10.151.0.70)  0.798 ms  0.803 ms  0.769 ms
//  7  10.151.116.190 (10.151.116.190)  1.440 ms  1.456 ms  1.473 ms
// 以下是删除操作
// 删除nat规则
// iptables -t nat -D POSTROUTING  -s 192.168.0.0/24 -j MASQUERADE
// 删除netns 中的路由
// ip netns exec k8svip ip route del default via 192.168.1.1
// 把 veth0 从br0上面移除
// ip link set dev veth0 nomaster
// 删除网桥
// ip link del br0
// 停止netns中的lo与veth1
// ip netns exec k8svip ip link set dev lo down
// ip netns exec k8svip ip link set dev veth1 down
// 删除 netns
// ip netns del k8svip
// 删除 veth peer(删除一个就会删除另一个)
// ip link del veth0
// 开启/proc/sys/net/ipv4/ip_forward = 1
|                  |     |                  |
|                  |     |                  |
|                  |     |                  |
|       ns1        |     |       ns2        |
