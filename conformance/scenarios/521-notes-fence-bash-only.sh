
# 521-notes-fence-bash-only: the notes' pasted lines that only bash itself answers
# Pins down: a line starting with `+` given to `bash -c LINE` is read as bash options
# ("+-: invalid option" and bash's usage, exit 2) - that is how the runner, like any
# `bash -c "$line"`, runs each line; a Chinese prose line is "command not found" with the name
# printed as $'...' with octal escapes (bytes that are not printable in the C locale).
# Source: the lines of the fences of 519 that 519 leaves out, in the notes' order.
隔离Linux系统里面的设备、IP地址、端口范围、路由表、防火樯、/proc/net目录等网络资源，每个namespace都有自己的网络协议栈
linux主环境的网络默认是一个net ns，在系统中添加网卡和分配ip，会形成路由
+------------------+     +------------------+
+----(veth0)-------+     +----(veth2)-------+
+----(veth1)------------------(veth3)-------+
+--------------------------------------------
+------------------+     +------------------+
