package linnet.kernel.rtnl;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.ipv4.AddrLifetime;
import linnet.kernel.ipv4.InDevice;
import linnet.kernel.ipv4.InIfaddr;
import linnet.kernel.ipv6.Addrconf;
import linnet.kernel.ipv6.Inet6Dev;
import linnet.kernel.ipv6.Inet6Ifaddr;
import linnet.wire.Inet4;
import linnet.wire.Netlink;

/**
 * RTM_NEWADDR in its wire form: the kernel's address dump (inet_fill_ifaddr in
 * net/ipv4/devinet.c, inet6_fill_ifaddr in net/ipv6/addrconf.c) and a message read back as a
 * request (inet_rtm_newaddr, inet6_rtm_newaddr). The 8-byte ifaddrmsg is family, prefixlen,
 * flags (the low byte), scope, then the u32 ifindex.
 */
public final class AddrMsg {
    private AddrMsg() {}

    public static final int IFADDRMSG_LEN = 8;
    public static final int IFA_ADDRESS = 1, IFA_LOCAL = 2, IFA_LABEL = 3, IFA_BROADCAST = 4, IFA_CACHEINFO = 6,
            IFA_FLAGS = 8, IFA_RT_PRIORITY = 9, IFA_PROTO = 11, IFA_MAX = 11;

    /**
     * An RTM_GETADDR dump answering {@code seq} to port {@code pid}: every IPv4 address of every
     * device, then every IPv6 one (rtnl_dump_all goes family by family), {@code family} 0 for
     * both; {@code ifindex} 0 for every device, else the strict dump's filter.
     */
    public static List<byte[]> dump(Net net, int family, int ifindex, int seq, int pid, long nowNs) {
        List<byte[]> out = new ArrayList<>();
        if (family == 0 || family == AddrInfo.AF_INET) {
            for (NetDevice d : net.devices()) {
                if (ifindex != 0 && d.ifindex() != ifindex) continue;
                InDevice in = InDevice.of(d);
                if (in != null) for (InIfaddr a : in.addrs) out.add(fill4(a, seq, pid, nowNs));
            }
        }
        if (family == 0 || family == AddrInfo.AF_INET6) {
            for (NetDevice d : net.devices()) {
                if (ifindex != 0 && d.ifindex() != ifindex) continue;
                Inet6Dev i6 = Addrconf.of(d);
                if (i6 != null) for (Inet6Ifaddr a : i6.addrs) out.add(fill6(a, seq, pid, nowNs));
            }
        }
        return out;
    }

    private static byte[] header(int family, int prefixLen, int flags, int scope, int ifindex) {
        byte[] h = new byte[IFADDRMSG_LEN];
        h[0] = (byte) family;
        h[1] = (byte) prefixLen;
        h[2] = (byte) flags;
        h[3] = (byte) scope;
        Netlink.put32(h, 4, ifindex);
        return h;
    }

    /** IFA_CACHEINFO: preferred and valid lifetimes, then the creation and update stamps in hundredths of a second since boot. */
    private static byte[] cacheinfo(long preferred, long valid, long cstampNs, long tstampNs) {
        byte[] c = new byte[16];
        Netlink.put32(c, 0, (int) preferred);
        Netlink.put32(c, 4, (int) valid);
        Netlink.put32(c, 8, (int) (cstampNs / 10_000_000L));
        Netlink.put32(c, 12, (int) (tstampNs / 10_000_000L));
        return c;
    }

    private static byte[] fill4(InIfaddr a, int seq, int pid, long now) {
        Netlink.Builder b = new Netlink.Builder(Netlink.RTM_NEWADDR, Netlink.NLM_F_MULTI, seq, pid);
        b.bytes(header(AddrInfo.AF_INET, a.prefixLen, a.flags, a.scope, a.dev.ifindex()));
        if (a.address != 0) b.in4(IFA_ADDRESS, a.address);
        if (a.local != 0) b.in4(IFA_LOCAL, a.local);
        if (a.broadcast != 0) b.in4(IFA_BROADCAST, a.broadcast);
        if (a.label != null && !a.label.isEmpty()) b.string(IFA_LABEL, a.label);
        b.u32(IFA_FLAGS, a.flags);
        if (a.rtPriority != 0) b.u32(IFA_RT_PRIORITY, a.rtPriority);
        long[] lft = AddrLifetime.remaining(a, now);
        b.attr(IFA_CACHEINFO, cacheinfo(lft[1], lft[0], a.cstamp, a.tstamp));
        return b.finish();
    }

    private static byte[] fill6(Inet6Ifaddr a, int seq, int pid, long now) {
        Netlink.Builder b = new Netlink.Builder(Netlink.RTM_NEWADDR, Netlink.NLM_F_MULTI, seq, pid);
        b.bytes(header(AddrInfo.AF_INET6, a.prefixLen, a.flags, a.scope, a.dev.ifindex()));
        b.attr(IFA_ADDRESS, a.addr.clone());
        long[] lft = a.remainingLifetimes(now);
        b.attr(IFA_CACHEINFO, cacheinfo(lft[1], lft[0], a.tstamp(), a.tstamp()));
        b.u32(IFA_FLAGS, a.flags);
        if (a.proto != 0) b.u8(IFA_PROTO, a.proto);
        return b.finish();
    }

    /** The ifa_index of a message. */
    public static int ifindex(byte[] msg) { return Netlink.u32(msg, Netlink.NLMSG_HDRLEN + 4); }

    /** The family of a message. */
    public static int family(byte[] msg) { return msg[Netlink.NLMSG_HDRLEN] & 0xff; }

    /** The address a message describes, as a dump entry (for ip addr showdump). */
    public static AddrInfo info(byte[] msg) {
        int o = Netlink.NLMSG_HDRLEN;
        int family = msg[o] & 0xff, prefixLen = msg[o + 1] & 0xff, scope = msg[o + 3] & 0xff;
        int flags = msg[o + 2] & 0xff;
        int[][] tb = Netlink.attrs(msg, IFADDRMSG_LEN, IFA_MAX);
        if (tb[IFA_FLAGS] != null) flags = Netlink.u32(msg, tb[IFA_FLAGS][0]);
        long valid = AddrInfo.FOREVER, preferred = AddrInfo.FOREVER;
        if (tb[IFA_CACHEINFO] != null && tb[IFA_CACHEINFO][1] >= 8) {
            preferred = Netlink.u32(msg, tb[IFA_CACHEINFO][0]) & 0xffff_ffffL;
            valid = Netlink.u32(msg, tb[IFA_CACHEINFO][0] + 4) & 0xffff_ffffL;
        }
        int metric = tb[IFA_RT_PRIORITY] != null ? Netlink.u32(msg, tb[IFA_RT_PRIORITY][0]) : 0;
        String label = tb[IFA_LABEL] != null ? string(msg, tb[IFA_LABEL]) : null;
        if (family == AddrInfo.AF_INET6) {
            int[] at = tb[IFA_LOCAL] != null ? tb[IFA_LOCAL] : tb[IFA_ADDRESS];
            byte[] a6 = at == null ? new byte[16] : java.util.Arrays.copyOfRange(msg, at[0], at[0] + 16);
            return new AddrInfo(family, ifindex(msg), prefixLen, scope, flags, 0, 0, 0, label, a6, valid, preferred, metric);
        }
        int local = tb[IFA_LOCAL] != null ? Inet4.read(msg, tb[IFA_LOCAL][0]) : 0;
        int address = tb[IFA_ADDRESS] != null ? Inet4.read(msg, tb[IFA_ADDRESS][0]) : local;
        if (tb[IFA_LOCAL] == null) local = address;
        int brd = tb[IFA_BROADCAST] != null ? Inet4.read(msg, tb[IFA_BROADCAST][0]) : 0;
        return new AddrInfo(family, ifindex(msg), prefixLen, scope, flags, local, address, brd, label, null, valid,
                preferred, metric);
    }

    private static String string(byte[] msg, int[] at) {
        int n = 0;
        while (n < at[1] && msg[at[0] + n] != 0) n++;
        return new String(msg, at[0], n, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * inet_rtm_newaddr / inet6_rtm_newaddr of a message read back (ip addr restore), with the
     * nlmsg_flags it carries. The kernel works out IFA_F_SECONDARY and IFA_F_PERMANENT itself.
     */
    public static void newAddr(Rtnl rtnl, Net net, byte[] msg) throws KernelException {
        int o = Netlink.NLMSG_HDRLEN;
        if (msg.length < o + IFADDRMSG_LEN) throw new KernelException(Errno.EINVAL);
        int nlFlags = Netlink.u16(msg, 6);
        int family = family(msg);
        int[][] tb = Netlink.attrs(msg, IFADDRMSG_LEN, IFA_MAX);
        AddrInfo a = info(msg);
        Long valid = null, preferred = null;
        if (tb[IFA_CACHEINFO] != null) {
            valid = a.validLft();
            preferred = a.preferredLft();
        }
        NetDevice d = net.byIndex(a.ifindex());
        if (family == AddrInfo.AF_INET6) {
            if (d == null) throw new KernelException(Errno.ENODEV, "ipv6: Unable to find the interface");
            int flags = a.flags() & (Inet6Ifaddr.IFA_F_NODAD | Inet6Ifaddr.IFA_F_OPTIMISTIC | Inet6Ifaddr.IFA_F_HOMEADDRESS
                    | Inet6Ifaddr.IFA_F_MANAGETEMPADDR | Inet6Ifaddr.IFA_F_NOPREFIXROUTE);
            Rtnl6.addAddr(net, d.name(), a.addr6(), a.prefixLen(), flags,
                    valid == null ? AddrInfo.FOREVER : valid, preferred == null ? AddrInfo.FOREVER : preferred);
            return;
        }
        if (family != AddrInfo.AF_INET) throw new KernelException(Errno.EOPNOTSUPP);
        if (d == null) throw new KernelException(Errno.ENODEV, "ipv4: Device not found");
        Integer local = tb[IFA_LOCAL] != null ? a.local() : null;
        Integer address = tb[IFA_ADDRESS] != null ? Inet4.read(msg, tb[IFA_ADDRESS][0]) : null;
        Integer brd = tb[IFA_BROADCAST] != null ? a.broadcast() : null;
        Integer metric = tb[IFA_RT_PRIORITY] != null ? a.metric() : null;
        int flags = a.flags() & ~(InIfaddr.IFA_F_SECONDARY | InIfaddr.IFA_F_PERMANENT);
        rtnl.newAddr(net, d.name(), new AddrRequest(AddrInfo.AF_INET, local, address, a.prefixLen(), brd, a.label(),
                a.scope(), flags, metric, valid, preferred, nlFlags));
    }
}
