# 413-sh-param-replace-substring: ${V/a/b} ${V//a/b} ${V/#a/b} ${V/%a/b} ${V:o:l} and case ops
# Pins down: first vs all replacement, anchored replacement, deletion (empty replacement),
# patterns with globs, substrings with offsets and lengths (negative offset needs a blank), ^^ ,,
IP=10.0.0.1; echo ${IP//./-} ${IP/./-} ${IP//0}
S=$(cat /sys/class/net/lo/operstate); echo ${S/n/N} ${S//n/N} ${S^^} ${S^}
S=veth0-veth1; echo ${S/#veth/V} ${S/%1/X} ${S/#x/y} ${S//veth?/d}
S=loopback; echo ${S:1:2} ${S:4} ${S: -4} ${S: -4:2} ${S:0:0}x ${S:10}x
S=ABC; echo ${S,,} ${S,}
for d in $(ls /sys/class/net); do echo ${d:0:1}; done
S=a/b/c; echo ${S//\//:}
S=hello; echo ${S:1:-1}
S=x; echo ${S:5:-1}
