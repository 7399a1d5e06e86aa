# 294-addr6-lifetimes-json: IPv6 address lifetimes, in text and JSON
# Pins down: valid_lft/preferred_lft on an IPv6 address: a finite valid lifetime makes it
# "dynamic" (no IFA_F_PERMANENT) and its prefix route RTF_EXPIRES ("expires Ns"); preferred_lft
# 0 is deprecated at once (a permanent address then shows "valid_lft forever preferred_lft
# 0sec"); the remaining lifetimes count down in whole seconds, the address is deprecated when
# the preferred one runs out and deleted with the valid one (its prefix route stays until its
# own expiry); iproute2's checks (valid_lft 0, preferred above valid, a valid lifetime alone
# with preferred forever); the same as JSON (dynamic, deprecated, valid_life_time,
# preferred_life_time), and IPv4 alongside.
ip link add v0 type veth peer name v1
ip link set v0 up
ip addr add 2001:db8::2/64 dev v0 valid_lft 4 preferred_lft 2 nodad
ip addr add 2001:db9::2/64 dev v0 valid_lft 100 nodad
ip addr add 2001:dba::2/64 dev v0 preferred_lft 0 nodad
ip addr add 2001:dbb::2/64 dev v0 valid_lft 0 nodad
ip addr add 2001:dbc::2/64 dev v0 valid_lft 5 preferred_lft 7 nodad
ip addr add 2001:dbd::2/64 dev v0 valid_lft 50 preferred_lft 50 nodad
ip addr add 10.0.0.5/24 dev v0 valid_lft 100 preferred_lft 50
ip -6 addr show dev v0
ip -6 route show dev v0
ip -j -p -6 addr show dev v0
sleep 2.5
ip -6 addr show dev v0
ip -j addr show dev v0
sleep 2
ip -6 addr show dev v0
ip -6 route show dev v0
ip -j -6 route show dev v0
ip addr del 2001:dbd::2/64 dev v0
ip -6 route show dev v0
