# 410-sh-break-continue: break and continue in for and while loops
# Pins down: continue skips to the next word, break leaves the innermost loop, `break 2` and
# `continue 2` leave nested loops, break outside a loop (message, status 0), break with a bad count.
for i in 1 2 3 4; do [ $i = 2 ] && continue; [ $i = 4 ] && break; echo $i; done
for d in lo v0 lo; do ip -br link show $d >/dev/null 2>&1 || continue; echo have $d; done
for i in 1 2; do for j in a b c; do [ $j = b ] && break 2; echo $i$j; done; done; echo end
for i in 1 2; do for j in a b c; do [ $j = b ] && continue 2; echo $i$j; done; done
i=0; while true; do i=$((i+1)); [ $i -lt 3 ] && continue; echo i=$i; break; done
break; echo after
continue; echo after
for i in 1; do break 0; done
for i in 1 2; do break x; done; echo $?
for i in 1 2; do break 5; echo no; done; echo $?
