# 295-bridge-fdb-get-flush-mdb: bridge fdb get, bridge fdb flush and an empty bridge mdb
# Pins down: fdb get through br, a port (master or no flag) or the bridge with self, printed
# like a dump line with its device (JSON too), "dynamic" hiding a permanent answer, errors
# (not a port, entry not found as extack with exit 254, missing arguments, unknown devices,
# a bad MAC); fdb flush (NLM_F_BULK): through a port with master (that port's entries), on the
# bridge with the default self (every entry, local ones included), brport, the state keywords
# (dynamic, static, permanent, nopermanent as LOCAL/STATIC masks), a device that is no bridge
# (EOPNOTSUPP), a brport that is no bridge port (extack), unknown words passed over, missing
# and unknown devices; `bridge mdb show` without snooped groups (nothing; JSON one object with
# an empty mdb array and router object).
sysctl -qw net.ipv6.conf.all.disable_ipv6=1
sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link add v2 type veth peer name v3
ip link set v0 address 02:00:00:00:00:10
ip link set v2 address 02:00:00:00:00:20
ip link set br0 address 02:00:00:00:00:01
ip link set v0 master br0
ip link set v2 master br0
ip link set br0 up
ip link set v0 up
ip link set v1 up
ip link set v2 up
ip link set v3 up
bridge fdb add 02:00:00:00:00:aa dev v0 master static
bridge fdb add 02:00:00:00:00:ab dev v2 master static
bridge fdb add 02:00:00:00:00:ac dev v0 master dynamic
bridge fdb add 02:00:00:00:00:ad dev v2 master dynamic
bridge fdb add 02:00:00:00:00:ae dev br0 self
bridge -j -p fdb get 02:00:00:00:00:ac br br0
bridge fdb get 02:00:00:00:00:ae dev br0 self
bridge fdb get 02:00:00:00:00:ae dev v0
bridge fdb get 02:00:00:00:00:ae dev v1
bridge fdb get 02:00:00:00:00:aa dev v0 dynamic
bridge fdb get 02:00:00:00:00:ac dev v2 master dynamic
bridge fdb get 02:00:00:00:00:ac br nosuch
bridge fdb get zz br br0
bridge fdb flush dev v0 master dynamic
bridge fdb show br br0
bridge fdb flush dev br0 brport v2 nopermanent
bridge fdb show br br0
bridge fdb flush dev br0 brport v1
bridge fdb flush dev br0 brport nosuch
bridge fdb flush dev nosuch
bridge fdb flush
bridge fdb flush dev br0 bogus
bridge fdb flush dev br0 permanent
bridge fdb show br br0
bridge -j -p mdb show
bridge mdb show dev nosuch
bridge fdb flush dev v0
bridge mdb show
bridge mdb
bridge -j mdb show
