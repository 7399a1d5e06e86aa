# 425-sh-ansi-c-heredoc: $'...' quoting, and here-documents inside `bash -c $'...'`
# Pins down: $'\t' $'\n' $'\x41' $'\'' escapes, a multi-line script passed to bash -c through
# $'...', here-documents with expansion, with a quoted delimiter (no expansion), with <<- stripping
# tabs, a here-document feeding ip -batch, an unterminated here-document's warning.
echo $'a\tb' $'x\x41y' $'it\'s'
printf '%s\n' $'line1\nline2'
bash -c $'for i in 1 2\ndo echo $i\ndone'
bash -c $'cat <<EOF\nlo mtu $(cat /sys/class/net/lo/mtu)\nEOF'
bash -c $'cat <<\'EOF\'\n$HOME $(nosuch)\nEOF'
bash -c $'cat <<-EOF\n\tindented\n\tEOF'
bash -c $'ip -batch - <<EOF\nlink add v0 type veth peer name v1\nlink set v0 up\nEOF'
ip -br link | wc -l
bash -c $'while read n; do ip netns add $n; done <<EOF\nh1\nh2\nEOF'; ip netns list
bash -c $'cat <<EOF\nno end'
bash -c $'x=1\necho $x\nexit 4'
bash -c $'if true\nthen\necho multi\nfi'
