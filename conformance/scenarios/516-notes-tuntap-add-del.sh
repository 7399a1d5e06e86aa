
# 516-notes-tuntap-add-del: seed 003 "基本使用" (tun/tap add and del), verbatim
# Pins down: ip tuntap add/del of tun0 and tap0 (trailing blanks as in the notes); the notes'
# extra `ip link del tun0` / `ip link del tap0` after the tuntap del: the devices are gone.
ip tuntap add dev tun0 mode tun 
ip tuntap add dev tap0 mode tap 
ip tuntap del dev tun0 mode tun
ip tuntap del dev tap0 mode tap
ip link del tun0
ip link del tap0
