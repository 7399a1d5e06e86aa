# 417-sh-quoting: single quotes, double quotes, backslash escapes
# Pins down: no expansion inside '', $ ` \ " expand or escape inside "", backslash outside quotes,
# a quote ending and restarting inside a word, '\'' for a single quote, a quoted glob is literal,
# escaped blanks joining words, echo not interpreting \n by default.
echo '$HOME' "$HOME" \$HOME
echo 'a'"b"c'd'
echo "a\nb" 'a\nb' a\nb
echo "it's" 'it'\''s' it\'s
echo "a \"q\" \$ \` \\ \x"
echo a\ \ b "c  d" e   f
echo "*" '*' \* | wc -c
echo "/sys/class/net/l*" /sys/class/net/l*
ip link show "lo" | head -n 1
ip -br link show 'l'o
ip -br link show "l"'o'
echo "$(echo 'single in double')"
echo '"double in single"'
echo \\\\ "\\\\" '\\'
echo "tab	here" 'semi;colon' "amp&" pipe\|
echo "$"  "$ x" '$' \$
echo "unterminated
