# 474-sh-jq-options: jq 1.6's options and number printing
# Pins down: -c -r -j -s -n -a -S --tab --indent --arg --argjson, several values in one input,
# files as input, number formatting (1e1000, 17 digits, 1e+17, 1e-05), reduce, paths, del.
echo '{"b":1,"a":[1,{"c":null}],"d":"é"}' | jq .
echo '{"b":1,"a":[1,{"c":null}],"d":"é"}' | jq -S -c .
echo '{"b":1,"a":[1,{"c":null}],"d":"é"}' | jq -a --tab .
echo '{"b":1,"a":[1,{"c":null}]}' | jq --indent 1 .
echo '1 2 3' | jq -s -c .
echo '1 2 3' | jq -n -c '[inputs] | add'
jq -n -j '"a", 1, "b"'; echo
jq -n '1e1000, 0.1 + 0.2, 1e17, 1e16, 1e15, 12345678901234567890, 1e-5, 0.0001, 3.0, -0, 1/3'
jq -n --arg x 5 --argjson y '{"z":[1]}' -c '[$x, $y.z[0], $ARGS.named]'
echo '{"a":{"b":[1,2]},"c":3}' > /tmp/j.json
jq -c '[paths]' /tmp/j.json
jq -c 'del(.a.b[0]) | .c += 1' /tmp/j.json /tmp/j.json
jq -c 'reduce (.. | numbers) as $n (0; . + $n)' /tmp/j.json
jq -r '.a.b | @csv, @tsv, @sh, @base64' /tmp/j.json
jq -n -c '[limit(3; range(10))], [range(0; 10; 4)], ([1,2,3] | map(. * 2))'
jq -n -c '"a-b-c" | split("-"), test("B"; "i"), sub("-"; "+"), gsub("-"; "+"), ascii_upcase'
