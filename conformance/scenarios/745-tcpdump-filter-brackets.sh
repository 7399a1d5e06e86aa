# 745-tcpdump-filter-brackets: tcpdump's filter compiler on proto[offset:size] mistakes
# Pins down: "::" inside the brackets is read as an IPv6 address, which the grammar refuses (syntax
# error, also after a word), a size other than 1, 2 or 4 is its own error, a missing bracket or
# operand a syntax error; each exits 1 before capturing (found by the tcpdump fuzz target: the
# lexer once looped forever on "::" there)
ip link set lo up
tcpdump -i lo "ip[2::1] > 1"; echo rc=$?
tcpdump -i lo "ip[po::1] > 1"; echo rc=$?
tcpdump -i lo "ip[2:3] > 1"; echo rc=$?
tcpdump -i lo "ip[2:2 > 1"; echo rc=$?
tcpdump -i lo "ip[] > 1"; echo rc=$?
tcpdump -i lo "tcp[13] & > 1"; echo rc=$?
