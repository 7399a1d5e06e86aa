# 128-addr-labels: IPv4 address labels
# Pins down: the kernel takes any label shorter than IFNAMSIZ (another device's name, a
# bare prefix, an empty one, one with a space; 16 characters or more fail the attribute
# policy), iproute2 6.1 checks nothing; a label does not make an address secondary; labels
# survive promotion; `ip addr show label PATTERN` is a glob (fnmatch) over the label, and
# over the device name for addresses without one (IPv6); the label filter prints no link
# lines; labels after a device rename (the first address takes the new name, the others keep
# their ':' suffix or get ':N' by position); ifconfig-style alias names in `ip -o`.
ip link add veth0 type veth peer name veth1
ip link add vethlong0 type veth peer name vethlong1
ip addr add 10.1.0.1/24 dev veth0 label veth0:web
ip addr add 10.1.0.2/24 dev veth0 label veth0:db
ip addr add 10.1.1.1/24 dev veth0 label veth0
ip addr add 10.1.2.1/24 dev veth0 label veth1
ip addr add 10.1.2.5/24 dev veth0 label veth
ip addr add 10.1.2.6/24 dev veth0 label veth0x
ip addr add 10.1.2.7/24 dev veth0 label ""
ip addr add 10.1.2.8/24 dev veth0 label "a b"
ip addr add 10.1.2.6/24 dev veth0 label veth0:
ip addr add 10.1.2.2/24 dev veth0 label veth0:1:2
ip addr add 10.1.2.3/24 dev veth0 label veth0:abcdefghij
ip addr add 10.1.2.4/24 dev veth0 label veth0:abcdefghi
ip addr add 10.1.2.5/24 dev vethlong0 label vethlong0:abcdef
ip addr add 10.1.2.5/24 dev vethlong0 label vethlong0:abcde
ip -4 addr show dev veth0
ip addr show label veth0:web
ip addr show label 'veth0:*'
ip addr show label veth0
ip addr show label 'veth0*'
ip addr show label 'veth?:d?'
ip addr show label nomatch
ip -o addr show label 'veth0:*'
ip addr add fd00::1/64 dev veth1 nodad
ip addr show label veth1
ip addr show dev veth0 label veth0:db
sysctl -w net.ipv4.conf.veth0.promote_secondaries=1
ip addr del 10.1.0.1/24 dev veth0
ip addr show label 'veth0:*'
ip link set veth0 name vethX
ip -4 addr show dev vethX
ip addr add 10.1.3.1/24 dev vethX label veth0:new
ip addr add 10.1.3.1/24 dev vethX label vethX:new
ip addr show label 'vethX*'
ip addr show label 'veth0*'
