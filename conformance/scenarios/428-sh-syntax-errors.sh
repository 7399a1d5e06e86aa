# 428-sh-syntax-errors: bash's syntax error texts and status 2
# Pins down: `syntax error near unexpected token`, `unexpected EOF while looking for matching`,
# `syntax error: unexpected end of file`, errors for stray keywords and operators, that nothing of a
# line with a syntax error runs (the earlier commands neither), line numbers in -c scripts.
ip netns add a; echo (
ip netns list
if true; then echo x
echo "unterminated
echo 'x
fi
done
then echo
for i in 1 2; echo $i; done
case x in
echo a | | echo b
echo a ;; echo b
echo a &&
| echo a
; echo a
echo a & & echo b
while true; do; done
f() echo x
echo $(
echo `
echo ${x
echo $((1+2)
x=( a b
{
