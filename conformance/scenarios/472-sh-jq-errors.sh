# 472-sh-jq-errors: jq 1.6's error messages and exit statuses
# Pins down: runtime errors with their input position (5), compile errors with the program line
# and bison's wording (3), JSON input errors (parse error ... at line L, column C), bad options
# (2), unreadable files, -e, and stderr coming before jq's block-buffered stdout in one stream.
ip -j link show | jq '.foo'; echo $?
ip -j link show | jq '.[0].foo.bar'; echo $?
ip -j link show | jq '.[0].mtu | .x'; echo $?
jq -n '.a |'; echo $?
jq -n '1 2'; echo $?
jq -n 'if . then 1 end'; echo $?
jq -n 'foo(1)'; echo $?
echo '{' | jq .; echo $?
echo '{"a":1} [1,]' | jq -c .; echo $?
printf '1 {}\n' | jq .a 2>&1; echo $?
printf '{} 1\n' | jq .a 2>&1; echo $?
jq --foo; echo $?
jq . /nonexistent; echo $?
jq -n '"x" | error'; echo $?
jq -n '{a: 1} | error'; echo $?
echo '[1,2]' | jq -e '.[] | . > 1'; echo $?
echo 'null' | jq -e .; echo $?
