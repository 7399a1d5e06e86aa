# 477-sh-netns-etc-binds: ip netns exec NS binds every entry of /etc/netns/NS over /etc for its command
# Pins down: /etc/resolv.conf and /etc/hosts seen through the bind by the command and by a shell it
# starts (writes there land in /etc/netns/NS), the caller's view unchanged, a bind without its target
# in /etc ("Bind ... failed: No such file or directory") and a directory over a file ("Not a
# directory") reported while the command still runs, ip netns exec nested in one, ip -n binding too,
# nothing bound once the directory is gone.
ip netns add lnf477
mkdir -p /etc/netns/lnf477; echo 'nameserver 192.0.2.53' > /etc/netns/lnf477/resolv.conf; printf '127.0.0.1\tlocalhost\n192.0.2.7\tlnf477-host\n' > /etc/netns/lnf477/hosts
ip netns exec lnf477 cat /etc/resolv.conf
ip netns exec lnf477 grep lnf477 /etc/hosts
grep -c 192.0.2.53 /etc/resolv.conf; grep -c lnf477 /etc/hosts
ip netns exec lnf477 sh -c 'cat /etc/resolv.conf; echo "search lnf477.test" >> /etc/resolv.conf'; cat /etc/netns/lnf477/resolv.conf
ip netns exec lnf477 bash -c 'ls /etc/netns/lnf477; ip netns exec lnf477 cat /etc/resolv.conf; cat /etc/resolv.conf | wc -l'
ip netns exec lnf477 cat /etc/hosts > /tmp/lnf477.out; cat /tmp/lnf477.out
echo x > /etc/netns/lnf477/lnf477-nosuch.conf; ip netns exec lnf477 grep -c 192.0.2.53 /etc/resolv.conf; echo $?
rm /etc/netns/lnf477/lnf477-nosuch.conf; mkdir /etc/netns/lnf477/hostname; ip netns exec lnf477 grep -c 192.0.2.53 /etc/resolv.conf; echo $?
rm -r /etc/netns/lnf477/hostname; ip netns exec lnf477 ls /etc/netns/lnf477
ip netns exec lnf477 ip netns exec lnf477 grep -c lnf477 /etc/hosts
rm -r /etc/netns/lnf477; ip netns exec lnf477 grep -c 192.0.2.53 /etc/resolv.conf; echo $?
rm -f /tmp/lnf477.out
