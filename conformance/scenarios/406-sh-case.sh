# 406-sh-case: case statements over device names and sysfs values
# Pins down: `case WORD in PAT) ...;; esac`, alternatives `a|b`, globs `v*` `[a-z]` `?`, `*)`
# default, no match is status 0, an empty word, `;&` fall-through and `;;&` continue-testing,
# quoting making a pattern literal.
ip link add v0 type veth peer name v1
case $(cat /sys/class/net/lo/operstate) in up|UP) echo up;; unknown) echo unknown;; *) echo other;; esac
for d in $(ls /sys/class/net); do case $d in lo) echo "$d loopback";; v*) echo "$d veth";; esac; done
case x in [a-z]) echo lower;; esac
case abc in a?c) echo question;; a*c) echo star;; esac
case foo in bar) echo no;; esac; echo $?
case "" in "") echo empty;; *) echo nonempty;; esac
case a in a) echo one;& b) echo fall;; c) echo not;; esac
case ab in a*) echo first;;& *b) echo second;;& c*) echo third;; esac
case '*' in "*") echo literal-star;; esac
case v0 in "v*") echo quoted;; v*) echo glob;; esac
case $(cat /sys/class/net/v0/mtu) in 1500) echo default mtu;; esac
case x in x) false;; esac; echo $?
case 1 in (1) echo paren;; esac
