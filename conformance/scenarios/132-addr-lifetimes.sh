# 132-addr-lifetimes: valid_lft / preferred_lft of IPv4 addresses on the clock
# Pins down: finite lifetimes make an address "dynamic"; the displayed lifetimes count
# down in whole seconds from the last add/replace; preferred_lft 0 makes it "deprecated"
# at once (preferred_lft 0sec), forever spelled out; replace restarts the countdown;
# preferred_lft > valid_lft, valid_lft 0 and a non-number are refused by ip; a preferred
# lifetime running out makes an address deprecated later, a valid lifetime running out
# deletes it with its routes (an expiring primary promotes a secondary when asked to, or
# takes its secondaries along); the dynamic/deprecated/permanent filters; -j lifetimes.
# (Expiry is watched with -br, which prints no countdown: the worker's exact second varies.)
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip addr add 10.1.0.1/24 dev veth0 valid_lft 100 preferred_lft 100
ip addr add 10.3.0.1/24 dev veth0 valid_lft 50 preferred_lft 0
ip addr add 10.4.0.1/24 dev veth0 valid_lft forever preferred_lft 30
ip addr add 10.5.0.1/24 dev veth0 valid_lft 9 preferred_lft forever
ip addr add 10.5.0.1/24 dev veth0 valid_lft 0
ip addr add 10.5.0.1/24 dev veth0 valid_lft 10 preferred_lft 20
ip addr add 10.5.0.1/24 dev veth0 valid_lft ten
ip addr add 10.5.0.1/24 dev veth0 preferred_lft 1x
ip addr show dev veth0
ip addr show dev veth0 deprecated
ip addr show dev veth0 permanent
sleep 2
ip -4 addr show dev veth0
ip addr replace 10.1.0.1/24 dev veth0 valid_lft 100 preferred_lft 100
ip -j addr show dev veth0 to 10.1.0.0/16
sysctl -w net.ipv4.conf.veth0.promote_secondaries=1
ip addr add 10.2.0.1/24 dev veth0 valid_lft 4 preferred_lft 2
ip addr add 10.6.0.1/24 dev veth0 valid_lft 3 preferred_lft 3
ip addr add 10.6.0.2/24 dev veth0
ip addr add 10.7.0.1/24 dev veth1 valid_lft 3 preferred_lft 3
ip addr add 10.7.0.2/24 dev veth1
ip -br addr show dynamic
ip -br addr show permanent
sleep 2.5
ip -br addr show deprecated
ip -br -4 addr show
sleep 2
ip -br -4 addr show
ip -br addr show deprecated
ip route show dev veth0
ip route show dev veth1
ip route show table local dev veth0
