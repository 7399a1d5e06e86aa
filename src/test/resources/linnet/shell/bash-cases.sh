echo hello   world
echo "a  b" 'c  d' e\ f
x=5; echo $x ${x} "$x" '$x'
x=abc; echo ${#x} ${x:1} ${x:1:1} ${x: -2}
v=hello.tar.gz; echo ${v%.gz} ${v%%.*} ${v#*.} ${v##*.}
v=hello; echo ${v/l/L} ${v//l/L} ${v/#h/H} ${v/%o/O} ${v^} ${v^^} ${v,,}
echo ${unset_var:-default} ${unset_var-d2} "${unset_var:+alt}" ${HOME:+set}
echo ${y:=assigned}; echo $y
echo ${zz:?custom message}; echo not-reached
x=; echo "${x:-empty}" "${x-unset}"
echo $((1+2*3)) $(( (1+2)*3 )) $((7/2)) $((7%3)) $((2**8)) $((-7/2))
echo $((0x1f)) $((010)) $((2#101)) $((36#z)) $((1<<4)) $((255>>2)) $((5&3)) $((5|3)) $((5^3)) $((~0))
echo $((1<2)) $((2<1)) $((1==1)) $((1!=1)) $((!0)) $((1&&0)) $((1||0)) $((1?10:20))
x=3; ((x++)); ((x+=10)); echo $x; ((x=x*2, x-1)); echo $? $x
echo $((1/0)); echo after
echo $((1+)); echo after2
((0)); echo $?; ((5)); echo $?
let a=3+4 b=a*2; echo $a $b
for i in 1 2 3; do echo item $i; done
for i in a b; do for j in 1 2; do echo $i$j; done; done
for ((i=0; i<3; i++)); do echo c$i; done
i=0; while [ $i -lt 3 ]; do echo w$i; i=$((i+1)); done
i=0; until [ $i -ge 2 ]; do echo u$i; ((i++)); done
for i in 1 2 3 4 5; do [ $i -eq 2 ] && continue; [ $i -eq 4 ] && break; echo $i; done
for i in 1 2; do for j in 1 2 3; do [ $j -eq 2 ] && break 2; echo $i$j; done; done; echo out
break; echo $?
if true; then echo t; else echo f; fi
if false; then echo t; elif [ 1 = 1 ]; then echo elif; else echo f; fi
case hello in h*) echo h;; *) echo other;; esac
case x.conf in *.txt|*.conf) echo config;; esac
case abc in a) echo 1;& b) echo 2;; c) echo 3;; esac
case b in a) echo no;; b) echo b;;& *) echo star;; esac
f() { echo "args: $# $1 $2"; return 4; }; f x y; echo $?
f() { local v=inner; echo $v; }; v=outer; f; echo $v
g() { echo "$@"; echo "$*"; for a in "$@"; do echo "[$a]"; done; }; g 'a b' c
function h { echo in-h; }; h
true && echo and1; false && echo and2; false || echo or1; true || echo or2
false; echo $?; true; echo $?; ! true; echo $?; ! false; echo $?
false | true; echo $? ${PIPESTATUS[@]}
set -o pipefail; false | true; echo $?
set -e; true; false; echo not-printed
set -u; echo $undefined_thing; echo nope
set -x; echo traced "a b"; set +x; echo quiet
echo $(echo inner) `echo back` $(echo $(echo nested))
x=$(echo a; exit 3); echo $? $x
echo "$(printf 'a\n\n\n')" end
echo {a,b,c} x{1,2}y {1..5} {5..1} {a..e} {1..10..3} {01..03}
echo {a,b}{1,2} "{a,b}" \{a,b\} {single}
a=(one two three); echo ${a[0]} ${a[2]} ${#a[@]} ${a[@]:1} "${a[@]}"
a=(x y); a+=(z); a[5]=w; echo ${a[@]} ${#a[@]} ${!a[@]}
printf '%s-%s\n' a b c d e
printf '%5d|%-5s|%05.1f|%x|%X|%o|%e\n' 42 ab 3.14159 255 255 8 12345.678
printf '%d\n' abc; echo $?
printf '%s\n'; printf 'no newline'; echo
printf '%b\n' 'tab\there' 'nl\\n'
printf -v out '%03d' 7; echo $out
echo -n no-nl; echo; echo -e 'a\tb\nc'; echo -E 'a\tb'; echo -ne 'x\n'
echo '\t' "\t" \t
[ -z "" ] && echo empty; [ -n "x" ] && echo nonempty; [ abc = abc ] && echo eq; [ abc != abd ] && echo ne
[ 5 -gt 3 ] && echo gt; [ 3 -le 3 ] && echo le; [ 1 -eq a ]; echo $?
[ 1 -eq 1; echo $?
test a b; echo $?; test; echo $?; test x; echo $?
[ ! -z x ]; echo $?; [ a = a -a b = c ]; echo $?; [ a = a -o b = c ]; echo $?
[[ abc == a* ]] && echo glob; [[ abc == "a*" ]] || echo literal; [[ -n x && ! -z y ]] && echo both
[[ 10 -gt 9 ]] && echo num; [[ b > a ]] && echo str; [[ x =~ ^[a-z]$ ]] && echo re
[[ "ip 10.0.0.1/24" =~ ([0-9.]+)/([0-9]+) ]] && echo ${BASH_REMATCH[0]} ${BASH_REMATCH[1]} ${BASH_REMATCH[2]}
[[ 1+1 -eq 2 ]] && echo arith-in-cond
IFS=: read a b c <<< "x:y:z"; echo $b
read -r line <<< 'back\slash'; echo "$line"; read line2 <<< 'back\slash'; echo "$line2"
while read n; do echo "got $n"; done <<< $'1\n2\n3'
x="a b   c"; for w in $x; do echo "<$w>"; done; for w in "$x"; do echo "<$w>"; done
e=""; for w in $e; do echo never; done; echo "[${e}]"
IFS=,; x="1,2,,3"; for w in $x; do echo "<$w>"; done
set -- a b c; echo $# $1 $3; shift; echo $# $1; shift 2; echo $#
echo $0
cat <<EOF
heredoc $HOME $((1+1))
EOF
cat <<'EOF'
quoted $HOME
EOF
{ echo g1; echo g2; } | cat
(x=inside; echo $x); echo "[$x]"
(exit 7); echo $?
cd /tmp && pwd; cd /nonexistent; echo $?
type echo; type -t ls; type nosuchthing; echo $?
command -v echo; command -v ls
exit 3
echo before; exit; echo after
trap 'echo bye' EXIT; echo hi
trap 'echo one' EXIT; trap 'echo two' EXIT; exit 2
eval 'echo evaluated $((2+2))'
x=1; eval "x=\$((x+1))"; echo $x
echo a; ;; echo b
if true; then echo
echo 'unterminated
for x in; do echo never; done; echo empty-for
f() { return; }; false; f; echo $?
unset x; x=1; unset x; echo "[${x}]"
readonly r=1; r=2; echo same-line
declare -i n=5+5; echo $n
declare x=1; declare -p x
echo "${#}" "${@:-none}"
echo $(( 3 > 2 ? 100 : 200 ))
echo $'a\tb\x41\101'
i=5; echo $((i--)) $i $((--i)) $i
echo ~ ~/x ~root "~"
x=~; echo $x
echo $((x=5, x*2)) $x
echo ${x:?}
:; echo colon $?
echo one; echo two >&2; echo three
echo to-null > /dev/null; echo err-null 2>/dev/null; echo ok
echo "quoted \"inner\" \$dollar \`tick\` \\back"
echo 'single \n "dq"'
echo a\
b
x=1 y=2; echo $x$y
v=a.b.c; echo ${v//./-} ${v/./} ${v%.*}
for f in /proc/sys/net/ipv4/conf/*/forwarding; do echo $f; done
echo /sys/class/net/l*
echo /nonexistent/*.nothing
ls /sys/class/net | cat
echo piped | bash -c 'read x; echo got $x'; echo two | sh -c cat
echo "a$"b "$'x'" "$"
printf '%q|' 'a b' "it's" '' 'x$y' $'a\tb' '~x' 'a=~b' '#c' 'x#' 'a,b' '{a}' 'a*' 'é'; echo
printf '%Q|%5q|%-6q|%.2q|%.2Q|\n' 'a b' x y 'abc d' 'abc d'
set -fC; echo $-
set -x; x="a b"; y=; z=1; w=$'a\tb'; : done
echo $((2**-1+3)); echo $((2**(0-1)))
echo ${Q?}; echo not reached
x=; echo ${x?}ok ${x:?}
for i in 1; do (break x); echo $?; done
[[ -f ]]; echo hi
echo a; [[ ( a ; ]]
cd -P /sys/class/net/lo/..; pwd; cat lo/mtu; cd /sys/class/net/lo; pwd -LP; pwd -PL; pwd -x
for s in "1:2:" "1:2::" "1:" "1::" ":1" "1 : 2 : "; do IFS=: read a b <<< "$s"; IFS=: read c <<< "$s"; IFS=" :" read d e <<< "$s"; IFS=: read -a arr <<< "$s"; echo "[$a][$b][$c][$d][$e] ${#arr[@]} $(printf "<%s>" "${arr[@]}")"; done
read -rd, a b <<< "x y,z"; echo "[$a][$b]"; read -d "" x <<< "a"; echo "[$x]" $?; read -n1 -r c <<< "\\q"; echo "[$c]"; read -N 3 d <<< "a b"; echo "[$d]"
read a b <<< 'x\ y z'; echo "[$a][$b]"; read -a; read -n; read -t; read -t x; read -n x y; read -u 9 x; read 1x; echo $?
trap "echo err \$?" ERR; { false; }; echo -; false | false; echo -; if false; then :; fi; echo -; (false); echo -; f() { false; }; f; echo -; x=$(false); echo -; false && true; echo -; true && false; echo -; ! true; echo -; while false; do :; done; echo -; for i in 1; do false; done; echo ---; [[ a == b ]]; (( 0 ))
shopt -s extglob; shopt -s | head -3; shopt -ps | head -2; shopt -u | head -2; shopt -s -u x; shopt -q extglob nullglob; echo $?
set -- -ab -c; while getopts abc: o; do echo "$o [${OPTARG-unset}] $OPTIND"; done; echo end $OPTIND; getopts :x: o -x; echo "$o [${OPTARG-unset}]"; getopts :y o -z; echo "$o [${OPTARG-unset}]"; OPTIND=1; getopts x: o -x; echo "$o [${OPTARG-unset}]"
bash -c $'shopt -s extglob\ncase v0 in @(lo|v*)) echo m;; esac\nx=abc; echo ${x/+(b)/B} ${x##*(a)} [[ ab == a@(b|c) ]]'; [[ ab == a@(b|c) ]] && echo yes
env -i bash -c 'echo "[$PATH]" "[$HOME]"'
a=([2]=x [5]=y z); declare -p a; a+=(q); echo ${!a[@]}; a=(1 2 3); unset "a[1]"; a[-1]=9; echo ${a[@]} ${!a[@]}
declare -i n=5+5; n+=3; n=n*2; declare -p n; declare -A m=([k]=v); m[j]=w; echo ${#m[@]} ${m[k]}${m[j]}; unset 'm[k]'; declare -p m
cat <(ip -br link show lo) <(echo "x)"); wc -l < <(ip -o link); echo <(true) <(true)
sh -c 'echo ${x'; sh -c 'echo "a'; sh -c 'echo $((1+2)'; sh -c 'echo $('; sh -c 'echo `'; sh -c 'if true; then echo x'; sh -c fi; sh -c 'echo ('; sh -c 'echo a ;; b'; sh -c '{'; sh -c 'case x in'; sh -c 'x=( a b'; sh -c 'echo a &&'; sh -c 'while true; do; done'
f() { echo a;  echo   b | cat; x=1 && y; }; type f; type -a echo; type -t -a echo; type -a -P echo; type -p ip; type -p echo; echo $?
