package linnet.kernel.fs;

import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.ipv6.Addrconf;
import linnet.kernel.ipv6.Inet6Dev;
import linnet.kernel.ipv6.Inet6Ifaddr;

/**
 * /proc/net/if_inet6 (net/ipv6/addrconf.c if6_seq_show): one line per IPv6 address of the
 * namespace, "%pi6 %02x %02x %02x %02x %8s" of address, ifindex, prefix length, scope and flags.
 * The kernel walks its address hash, salted per namespace, so its order is arbitrary; linnet lists
 * devices in order and each device's addresses in its list order.
 */
final class ProcNetInet6 {
    private ProcNetInet6() {}

    /** ipv6_addr_scope's IPV6_ADDR_SCOPE_* (what ifp->scope holds) for an rtnetlink scope. */
    private static int addrScope(int rtScope) {
        return switch (rtScope) {
            case 254 -> 0x10; // host: loopback
            case 253 -> 0x20; // link-local
            case 200 -> 0x50; // site-local
            default -> 0x00; // global
        };
    }

    static String ifInet6(Net net) {
        StringBuilder sb = new StringBuilder();
        for (NetDevice d : net.devices()) {
            Inet6Dev idev = Addrconf.of(d);
            if (idev == null) continue;
            for (Inet6Ifaddr a : idev.addrs) {
                for (byte b : a.addr) sb.append(String.format("%02x", b & 0xff));
                sb.append(String.format(" %02x %02x %02x %02x %8s%n", d.ifindex(), a.prefixLen, addrScope(a.scope),
                        a.flags & 0xff, d.name()));
            }
        }
        return sb.toString();
    }

    /**
     * /proc/net/unix (af_unix.c unix_seq_show): its header, then the namespace's AF_UNIX sockets —
     * the emulated machine has none (no program of it opens one).
     */
    static String unix() { return "Num       RefCount Protocol Flags    Type St Inode Path\n"; }
}
