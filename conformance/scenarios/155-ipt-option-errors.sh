# 155-ipt-option-errors: command/option combinations and chain-name checks (iptables-nft 1.8.9)
# Pins down: generic_opt_check ("Illegal option `-j' with this command" for rule options on
# chain commands, -n/-x/--line-numbers only with listings, -c not with -D), add_command
# ("Cannot use -S with -L", -Z combines only with -L/-S), "Bad argument", unknown options,
# -N name checks in order (length, leading -/!, clash with a target name incl. the empty
# name, white space), chain names of 29+ characters on any command, "no command specified",
# "unexpected '!' flag", "nothing appropriate following !", exit codes 2 vs 1.
iptables -N N1 -j ACCEPT
iptables -X N1 -s 10.1.1.1
iptables -L INPUT -s 10.1.1.1
iptables -F -p tcp
iptables -Z -j ACCEPT
iptables -P INPUT DROP -s 10.1.1.1
iptables -E A B -i lo
iptables -X -x
iptables -A INPUT -n -j ACCEPT
iptables -A INPUT --line-numbers -j ACCEPT
iptables -D INPUT -c 1 2 -j ACCEPT
iptables -S -n
iptables -L -L
iptables -L -S
iptables -S -L
iptables -Z -Z
iptables -Z -F
iptables -F -Z
iptables -A INPUT -D INPUT
iptables -A INPUT -j ACCEPT -I INPUT
iptables -L -A INPUT
iptables -L -C INPUT
iptables -N X -N Y
iptables -Z -L -S
iptables -n
iptables -L foo bar baz
iptables -L INPUT 1 2
iptables ! -L
iptables -A INPUT !
iptables -A INPUT ! ! -s 10.0.0.1
iptables -A INPUT --bogus
iptables -A INPUT -q
iptables -N ACCEPT
iptables -N RETURN
iptables -N QUEUE
iptables -N REJECT
iptables -N ""
iptables -N -x
iptables -N !x
iptables -N "a b"
iptables -N ABCDEFGHIJKLMNOPQRSTUVWXYZ012
iptables -N ABCDEFGHIJKLMNOPQRSTUVWXYZ01
iptables -N B-1_x.y:z
iptables -N INPUT
iptables -N B-1_x.y:z
iptables -L ABCDEFGHIJKLMNOPQRSTUVWXYZ012
iptables -A ABCDEFGHIJKLMNOPQRSTUVWXYZ012 -j ACCEPT
iptables -A INPUT -j ABCDEFGHIJKLMNOPQRSTUVWXYZ012
iptables -A INPUT -j ABCDEFGHIJKLMNOPQRSTUVWXYZ01
iptables -A INPUT -g NOSUCH
iptables -A INPUT -j ACCEPT -j DROP
iptables -L -n
