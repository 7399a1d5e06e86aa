# 414-sh-arithmetic: $(( )) and (( )) arithmetic
# Pins down: precedence of * over +, parentheses, integer / and % (truncating toward zero), **,
# hex 0x, octal 0, base#n, comparisons and logic yielding 0/1, ?:, shifts, ~, assignment ops,
# (( )) status, 64-bit wrap, division by 0 and bad-base error texts, arithmetic on sysfs values.
echo $((1+2*3)) $(((1+2)*3)) $((7/2)) $((7%3)) $((2**10)) $((2**3**2))
echo $((0x10)) $((010)) $((16#ff)) $((2#101)) $((-7/2)) $((-7%3))
echo $((1<2)) $((2==3)) $((5>3&&0)) $((0||3)) $((!5)) $((1?10:20)) $((1<<4)) $((~0)) $((6&3)) $((6|3)) $((6^3))
i=5; ((i++)); ((i+=10)); echo $i $((i--)) $i $((--i))
((0)); echo $?
((5)); echo $?
(( 3 > 2 )) && echo gt
echo $(( $(cat /sys/class/net/lo/mtu) / 1024 ))
n=$(ip -o link | wc -l); echo $((n * 2))
x=3; echo $((x*x)) $(($x+1)) $((y+1))
echo $((2**63)) $((9223372036854775807+1))
echo $((1/0))
((1/0))
echo $((5%0))
echo $((08))
echo $((1+))
echo $((2**-1))
a=2+3; echo $((a*2)) $(($a*2))
