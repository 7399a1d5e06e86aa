# 419-sh-brace-expansion: {a,b} and {1..3} sequences
# Pins down: comma lists, numeric and letter ranges, descending ranges, steps, zero padding,
# products of two braces, nested braces, a single element or quotes keep the braces literal,
# brace expansion before globbing (a path that does not exist is still produced), namespaces
# created from a range.
echo {a,b}
echo x{1..3}y
echo {3..1} {a..e} {1..10..3} {01..03} {e..a..2}
echo {a,b}{1,2}
echo a{b,c{d,e}}f
echo {a} "{a,b}" {a..} {1..a}
echo /sys/class/net/{lo,nosuch}
ls -d /sys/class/net/{lo,nosuch}
for n in n{1..3}; do ip netns add $n; done; ip netns list
ip netns del n{1..3}
for n in n{1..3}; do ip netns del $n; done; ip netns list | wc -l
cat /sys/class/net/lo/{mtu,ifindex,type}
echo {,x}y
x=1; echo {$x..3}
