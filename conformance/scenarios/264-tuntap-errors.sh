# 264-tuntap-errors: ip tuntap argument checks, kernel refusals and tun devices in namespaces
# Pins down: missing mode (`You failed to specify a tunnel mode`), unknown mode, unknown
# option, unknown user/group (`invalid user "x"`), duplicate name, a name that exists as
# another type (`ioctl(TUNSETIFF): Invalid argument`? / busy), names too long, deleting
# the wrong mode, tuntap in a namespace and moved between namespaces (`ip tuntap show`
# per namespace), a tun's link/none and addresses, `ip link add type tun` refused,
# `ip tuntap help`.
ip netns add n
ip tuntap add dev t1
ip tuntap add dev t1 mode bogus
ip tuntap add dev t1 mode tun bogus
ip tuntap add dev t1 mode tun user nosuchuser
ip tuntap add dev t1 mode tun group nosuchgroup
ip tuntap add dev t1 mode tun
ip tuntap add dev t1 mode tun
ip tuntap add dev t1 mode tap
ip link add v0 type veth peer name v1
ip tuntap add dev v0 mode tun
ip tuntap add dev abcdefghijklmnopq mode tun
ip tuntap add mode tap
ip tuntap add mode tap
ip tuntap del dev t1 mode tap
ip tuntap del dev t1
ip tuntap show
ip link set t1 netns n
ip tuntap show
ip netns exec n ip tuntap show
ip -n n link set t1 up
ip -n n addr add 10.5.0.1/24 dev t1
ip -n n addr show t1
ip netns exec n ip tuntap add dev t2 mode tap
ip netns exec n ip tuntap show
ip netns exec n ip tuntap del dev t1 mode tun
ip netns exec n ip tuntap show
ip link add t3 type tun
ip tuntap del dev v0 mode tun
ip link show v0
ip tuntap help
