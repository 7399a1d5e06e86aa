# 37-ping-hostnames: how ping resolves its destination on a machine without a name server
# Pins down: inet_aton's numeric forms (127.1, 0x7f.1, a 32-bit number) print the name as
# typed and replies without a reverse name; localhost from /etc/hosts (replies "from
# localhost (127.0.0.1)"); well-formed names that need DNS fail with "Temporary failure in
# name resolution", malformed ones (empty label, '/', space, leading '-', empty) with "Name
# or service not known"; with several hosts the destination (the last) is resolved first,
# then each host in order; "--" ends the options; exit status 2.
ping -c 1 127.1
ping -c 1 0x7f.0.0.1
ping -c 1 2130706433
ping -c 1 localhost
ping -c 1 LOCALHOST
ping -c 1 nosuchhost
ping -c 1 under_score.example
ping -c 1 1.2.3.4.5
ping -c 1 300.1.1.1
ping -c 1 a..b
ping -c 1 a/b
ping -c 1 'a b'
ping -c 1 ''
ping -c 1 -- -x
ping -c 1 127.0.0.1 // why
ping -c 1 127.0.0.1 //
ping -c 1 // 127.0.0.1
ping -c 1 why // 127.0.0.1
