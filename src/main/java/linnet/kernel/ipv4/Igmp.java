package linnet.kernel.ipv4;

import linnet.kernel.core.Iff;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.sim.EventLoop;
import linnet.wire.Bytes;
import linnet.wire.Checksum;
import linnet.wire.Ethernet;

/**
 * IGMPv3 state-change reports (net/ipv4/igmp.c): joining a group other than all-hosts queues a
 * CHANGE_TO_EXCLUDE record; the report goes to 224.0.0.22 two jiffies later
 * (igmp_ifc_start_timer), and once more at a random moment within the unsolicited report
 * interval (robustness 2), from the device's link-scope source (0.0.0.0 without an address),
 * TTL 1, TOS 0xc0, DF, with a router alert option, through LOCAL_OUT like any local packet. The
 * groups joined here are a bridge's all-snoopers; sockets joining groups, queries and leaves are
 * not emulated.
 */
final class Igmp {
    static final int ALL_HOSTS = 0xe0000001, ALL_V3_ROUTERS = 0xe0000016, ALL_SNOOPERS = 0xe000006a;
    static final int IGMPV3_REPORT = 0x22, CHANGE_TO_EXCLUDE = 4, ROBUSTNESS = 2;
    static final long JIFFY = EventLoop.NS_PER_SEC / linnet.kernel.core.Jiffies.HZ;

    private Igmp() {}

    /** igmp_group_added. */
    static void groupAdded(Ipv4 ipv4, NetDevice dev, int group) {
        InDevice in = InDevice.of(dev);
        if (in == null || group == ALL_HOSTS || (dev.flags() & Iff.LOOPBACK) != 0) return;
        if (!in.igmpPending.contains(group)) in.igmpPending.add(group);
        in.igmpReports = ROBUSTNESS;
        if (in.igmpTimer == null) in.igmpTimer = dev.net().kernel.loop.schedule(2 * JIFFY, () -> timer(ipv4, in));
    }

    /** ip_mc_inc_group: a user more of {@code group} on {@code dev}; the first announces it (igmp_group_added). */
    static void mcInc(Ipv4 ipv4, NetDevice dev, int group) {
        InDevice in = InDevice.of(dev);
        if (in == null) return;
        if (in.mcUsers.merge(group, 1, Integer::sum) == 1 && dev.isUp()) groupAdded(ipv4, dev, group);
    }

    /** ip_mc_dec_group: the last user gone, the group is left (no leave report is modelled). */
    static void mcDec(NetDevice dev, int group) {
        InDevice in = InDevice.of(dev);
        if (in == null) return;
        in.mcUsers.computeIfPresent(group, (k, n) -> n <= 1 ? null : n - 1);
    }

    /** ip_check_mc_rcu: whether {@code dev} is in {@code group}. */
    static boolean joined(NetDevice dev, int group) {
        InDevice in = InDevice.of(dev);
        return in != null && in.mcUsers.containsKey(group);
    }

    /** ip_mc_down: nothing more is reported. */
    static void stop(InDevice in) {
        if (in.igmpTimer != null) in.igmpTimer.cancel();
        in.igmpTimer = null;
        in.igmpPending.clear();
    }

    /** igmp_ifc_timer_expire: a report, and another later while the robustness count lasts. */
    private static void timer(Ipv4 ipv4, InDevice in) {
        in.igmpTimer = null;
        NetDevice dev = in.dev;
        if (InDevice.of(dev) != in || !dev.isUp() || in.igmpPending.isEmpty()) return;
        send(ipv4, in);
        if (--in.igmpReports > 0) {
            long h = (dev.addr * 0xD6E8FEB86659FD93L + dev.ifindex() * 13L) * 0x9E3779B97F4A7C15L;
            long delay = 1 + Math.floorMod(h >>> 7, EventLoop.NS_PER_SEC);
            in.igmpTimer = dev.net().kernel.loop.schedule(delay, () -> timer(ipv4, in));
        } else {
            in.igmpPending.clear();
        }
    }

    private static void send(Ipv4 ipv4, InDevice in) {
        NetDevice dev = in.dev;
        NetnsIpv4 ns = NetnsIpv4.of(dev.net());
        Rtable rt;
        try {
            rt = Route.output(ns, ALL_V3_ROUTERS, 0, dev, 2, 0, 0);
        } catch (KernelException e) {
            return;
        }
        int groups = in.igmpPending.size();
        int igmpLen = 8 + 8 * groups;
        int hlen = 24; // with the router alert option
        SkBuff skb = SkBuff.alloc(hlen + igmpLen);
        byte[] b = skb.buf;
        int ip = skb.data;
        b[ip] = 0x46;
        b[ip + 1] = (byte) 0xc0;
        Bytes.put16(b, ip + 2, hlen + igmpLen);
        Bytes.put16(b, ip + 6, 0x4000); // DF
        b[ip + 8] = 1;
        b[ip + 9] = 2;
        Bytes.put32(b, ip + 12, rt.saddr);
        Bytes.put32(b, ip + 16, ALL_V3_ROUTERS);
        b[ip + 20] = (byte) 0x94; // router alert, length 4, value 0
        b[ip + 21] = 4;
        linnet.wire.Ipv4.fillChecksum(b, ip);
        int o = ip + hlen;
        b[o] = (byte) IGMPV3_REPORT;
        Bytes.put16(b, o + 6, groups);
        int r = o + 8;
        for (int g : in.igmpPending) {
            b[r] = CHANGE_TO_EXCLUDE;
            Bytes.put32(b, r + 4, g);
            r += 8;
        }
        Bytes.put16(b, o + 2, Checksum.fold(Checksum.sum(b, o, igmpLen, 0)));
        skb.networkHeader = ip;
        skb.transportHeader = o;
        skb.protocol = Ethernet.P_IP;
        skb.pktType = SkBuff.PACKET_OUTGOING;
        skb.dst = rt;
        skb.dev = rt.dev;
        skb.sk = linnet.kernel.core.SockOwner.KERNEL;
        ipv4.output.localOut(skb, rt);
    }
}
