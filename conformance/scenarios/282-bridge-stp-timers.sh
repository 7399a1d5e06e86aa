# 282-bridge-stp-timers: bridge STP timers set through netlink, sysfs and brctl
# Pins down: the bridge keeps forward_delay/hello_time/max_age/ageing_time in jiffies
# (HZ=250), so an odd centisecond value reads back one less (clock_t_to_jiffies then
# jiffies_to_clock_t) in `ip -d link`, sysfs and brctl showstp; forward_delay is range-checked
# (2..30 s) only while STP runs, hello_time (1..10 s) and max_age (6..40 s) always (ERANGE);
# turning STP on clamps a forward_delay outside the range; br_changelink applies attributes in
# order, so a failing one keeps the ones before it; stp_state takes any non-zero value as on;
# group_fwd_mask refuses the restricted bits 0-2; vlan_filtering (any value) is EOPNOTSUPP on a
# kernel without VLAN filtering, and `ip link add ... vlan_filtering 1` leaves no bridge behind
# (its ifindex stays used); sysfs write errors; brctl setfd/sethello/setmaxage/setageing and
# their errors.
ip link add br0 type bridge
ip link set br0 type bridge forward_delay 401 hello_time 301 max_age 1001 ageing_time 5001
ip -d link show br0
cat /sys/class/net/br0/bridge/forward_delay /sys/class/net/br0/bridge/hello_time /sys/class/net/br0/bridge/max_age /sys/class/net/br0/bridge/ageing_time
ip link set br0 type bridge ageing_time 1
cat /sys/class/net/br0/bridge/ageing_time
ip link set br0 type bridge ageing_time 3
cat /sys/class/net/br0/bridge/ageing_time
ip link set br0 type bridge forward_delay 100
ip link set br0 type bridge forward_delay 3100
cat /sys/class/net/br0/bridge/forward_delay
ip link set br0 type bridge hello_time 99
ip link set br0 type bridge hello_time 1001
ip link set br0 type bridge max_age 599
ip link set br0 type bridge max_age 4001
ip link set br0 type bridge max_age 4000 hello_time 50 forward_delay 700
cat /sys/class/net/br0/bridge/max_age /sys/class/net/br0/bridge/hello_time /sys/class/net/br0/bridge/forward_delay
ip link set br0 type bridge forward_delay 3100
ip link set br0 type bridge stp_state 2
ip -d link show br0
cat /sys/class/net/br0/bridge/stp_state /sys/class/net/br0/bridge/forward_delay
ip link set br0 type bridge forward_delay 199
ip link set br0 type bridge forward_delay 3001
ip link set br0 type bridge forward_delay 200
cat /sys/class/net/br0/bridge/forward_delay
ip link set br0 type bridge stp_state 0 forward_delay 50
cat /sys/class/net/br0/bridge/forward_delay
ip link set br0 type bridge forward_delay 0 stp_state 1
cat /sys/class/net/br0/bridge/forward_delay /sys/class/net/br0/bridge/stp_state
ip link set br0 type bridge group_fwd_mask 1
ip link set br0 type bridge group_fwd_mask 8
cat /sys/class/net/br0/bridge/group_fwd_mask
ip link set br0 type bridge vlan_filtering 1
ip link set br0 type bridge vlan_filtering 0
ip link add br1 type bridge vlan_filtering 1
ip link add br2 type bridge
cat /sys/class/net/br0/bridge/vlan_filtering
ip link show
echo 1 > /sys/class/net/br0/bridge/vlan_filtering
echo 300 > /sys/class/net/br0/bridge/forward_delay
echo 3001 > /sys/class/net/br0/bridge/forward_delay
echo 0 > /sys/class/net/br0/bridge/hello_time
echo 4001 > /sys/class/net/br0/bridge/max_age
echo abc > /sys/class/net/br0/bridge/ageing_time
echo 12345 > /sys/class/net/br0/bridge/ageing_time
cat /sys/class/net/br0/bridge/forward_delay /sys/class/net/br0/bridge/ageing_time
brctl setfd br2 2.03
brctl sethello br2 3.01
brctl setmaxage br2 30.05
brctl setfd br2 1
brctl stp br2 on
brctl setfd br2 1
brctl sethello br2 0
brctl setmaxage br2 50
brctl setfd br2 abc
brctl setfd nosuch 10
brctl showstp br2
brctl setageing br2 0.03
cat /sys/class/net/br2/bridge/ageing_time
ip -d link show br0
