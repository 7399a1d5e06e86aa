history
history 5
history -c; echo $?
history x
history -z
history 1 2
history ""
history 5x
history -- 2
history -d
history -s a; history -s b; history -s c; history -d -1; history
history -s a; history -s b; history -s c; history -d 1-2; history
history -s a; history -d 0
history -s a; history -d x
history -s a; history -d -5
history -s a; history -d 1-5
history -s a; history -s b; history 1; history -1
history -s a; history 2147483648; history 99999999999
history -s a b; history -s c; history; fc -l; fc -l 1 2; fc -l a; fc -l 9
history -cs x; history
history -aw
history -p foo bar; history -p
history -s 'echo one'; history -p '!!' '!e:1' 'x!$'
history -p '!!'
history -s a; history -s b; history -w /tmp/hh; cat /tmp/hh; history -c; history -r /tmp/hh; history; rm /tmp/hh
history -r /nonexist; echo $?; history -w /nonexist/x; echo $?
set -o history; echo a; history; set -o | grep '^history'
bash -c $'set -o history\necho a; echo b\n\n# c\nfor i in 1 2; do\n  echo $i\ndone\nhistory'
bash -c $'set -o history\necho a\nhistory 1\nhistory -c\nhistory\necho x\nhistory -d 1\nhistory'
bash -c $'set -o history\necho a\necho b\nhistory -d 2\nhistory\nhistory -d 9'
bash -c $'set -o history\necho a   \n  echo b\nhistory -p foo bar\nhistory'
bash -c $'set -o history\nset +o history\necho a\nhistory'
bash -c $'set -o history\necho $(echo a\necho b)\nhistory'
bash -c $'set -o history\nif true\nthen echo y\nfi\nf() {\n echo f\n}\nhistory'
bash -c $'set -o history\necho a\nf() { history; }\nf\neval history\n(history)\necho "$(history 1)"'
bash -c $'set -o history\nhistory -s foo\nhistory -s bar; history -s baz\nhistory'
bash -c $'set -o history\necho a\nfc -l\nfc -l -2\nfc -ln\nfc -lr\nfc -l -n -r\nfc -lnr 1'
bash -c $'set -o history\necho a\necho b\nfc -l 1\nfc -l 1 2\nfc -l -1\nfc -l echo\nfc -l x\nfc -l 2 1\nfc -l 1 99\nfc -l -99'
bash -c $'set -o history\necho a\nfc -s\nfc -s a=b\nfc -s echo\nfc -s zz\nhistory'
bash -c $'set -o history\necho a\nfc -e - \nfc -z\nfc -l 1 2 3\nfc -e'
bash -c $'set -o history\necho a\nfc -e "sed -i s/a/b/"\nhistory'
history -s "echo a"; fc -s; echo rc=$?
fc -l; echo $?; fc -s; echo $?; fc; echo $?
