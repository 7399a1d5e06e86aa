# 334-conntrack-protocol-names: conntrack -p takes what getprotobyname knows
# Pins down: any /etc/protocols name (gre, ospf) or number up to 255 selects that protocol (listed
# generically); an unknown name or a number above 255 is "unsupported protocol", exit 2.
conntrack -L -p gre
conntrack -L -p 2
conntrack -L -p 47
conntrack -L -p foo
conntrack -L -p ospf
conntrack -L -p 300
