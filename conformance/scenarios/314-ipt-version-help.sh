# 314-ipt-version-help: iptables -V / --version / -h / --help and long option spellings (1.8.9)
# Pins down: -V prints the version on stdout and exits 0 (! -V the joke), -h the full help
# text (exit 0, also after other options), long options and their unique prefixes (--append,
# --app, --src, --jump, --list, --numeric, --line, --list-rules, --table=nat, -tnat, -nL, -vnL,
# -LINPUT), -S/-L CHAIN N out of range, and the equivalent long forms of every command.
iptables -V
iptables --version
iptables ! -V
iptables -L -V
iptables -h
iptables -A INPUT --help
iptables -A INPUT -s 10.0.0.1 -j ACCEPT
iptables --append INPUT --source 10.0.0.2 --jump DROP
iptables --app INPUT --src 10.0.0.3 -j DROP
iptables -nL
iptables -vnL
iptables -L -nv --line
iptables --list INPUT --numeric
iptables --list-rules
iptables --list-rules INPUT 2
iptables -S INPUT 9
iptables -L INPUT 9
iptables -L INPUT 0
iptables --delete INPUT 1
iptables --insert INPUT 1 --protocol tcp --dport 22 --jump ACCEPT
iptables -L INPUT -n --verbose --exact
iptables -L --table=nat -n
iptables -tnat -L -n
iptables -LINPUT
iptables --flush INPUT
iptables --zero
iptables --new-chain X
iptables --rename-chain X Y
iptables --delete-chain Y
iptables --policy INPUT ACCEPT
iptables --check INPUT -j ACCEPT
