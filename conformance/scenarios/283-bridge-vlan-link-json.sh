# 283-bridge-vlan-link-json: bridge vlan on a kernel without VLAN filtering, bridge link as JSON
# Pins down: `bridge vlan show` is its header only ("[]" / "[ ]" as JSON) on every device,
# `bridge vlan add` is refused (EOPNOTSUPP, exit 255) on a port, on the bridge with self and
# on a device that is no port, `del` succeeds with nothing to remove, the argument errors;
# `bridge -j link` / `-j -p` / `-j -d`: ifindex, link (peer name) or link_index (peer in
# another namespace, "@ifN" in text), flags array with NO-CARRIER and M-DOWN, master, state,
# priority, cost and the -d port flags as booleans; bridge's option and object errors.
ip netns add far
ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link add v2 type veth peer name v3
ip link set v0 master br0
ip link set v2 master br0
ip link set v3 netns far
bridge vlan show
bridge vlan show dev v0
bridge -j vlan show
bridge -j -p vlan show
bridge vlan add vid 10 dev v0
bridge vlan add vid 10 dev br0 self
bridge vlan add vid 10 dev v1
bridge vlan del vid 10 dev v0
bridge vlan add dev v0
bridge vlan add vid 5000 dev v0
bridge vlan add vid 10 dev nosuch
bridge vlan show dev nosuch
bridge vlan foo
bridge link
bridge -j link
ip link set br0 up
ip link set v0 up
ip link set v2 up
bridge link
bridge -j -p link
bridge -j -d link show dev v0
bridge -d link show dev v2
bridge -j link show dev v1
bridge -V
bridge -x link
bridge foo
bridge link foo
