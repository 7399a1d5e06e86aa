package linnet.kernel.ipv6;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Iff;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.sim.EventLoop;
import linnet.wire.Bytes;
import linnet.wire.Checksum;
import linnet.wire.Ethernet;
import linnet.wire.Icmpv6;
import linnet.wire.Inet6;
import linnet.wire.Ipv6;

/**
 * MLDv2 state-change reports (net/ipv6/mcast.c): joining a group of link scope or wider (never
 * all-nodes) queues a CHANGE_TO_EXCLUDE record; the report goes to ff02::16 shortly after
 * (mld_ifc_start_work: two jiffies), with everything joined meanwhile, and once more at a random moment within
 * the unsolicited report interval (robustness 2). It leaves from the link-local address, or from
 * :: while that is tentative, with a hop-by-hop router alert and hop limit 1. Queries, leaves and
 * listener state of other nodes are not emulated.
 */
final class Mld {
    static final byte[] ALL_MLDV2_ROUTERS = Inet6.parse("ff02::16");
    static final int MLD2_REPORT = 143, CHANGE_TO_EXCLUDE = 4, ROBUSTNESS = 2;
    static final long JIFFY = EventLoop.NS_PER_SEC / linnet.kernel.core.Jiffies.HZ;

    private Mld() {}

    /** igmp6_group_added: a new group on the device. */
    static void groupAdded(Inet6Dev idev, byte[] group) {
        NetDevice dev = idev.dev;
        int scope = group[1] & 0x0f;
        boolean allNodes = scope == 2 && group[15] == 1 && isZero(group, 2, 15);
        if (allNodes || scope < 2 || !dev.isUp() || (dev.flags() & Iff.LOOPBACK) != 0) return;
        for (byte[] p : idev.mldPending) if (java.util.Arrays.equals(p, group)) return;
        idev.mldPending.add(group.clone());
        idev.mldRetransmits = ROBUSTNESS;
        // Until the link is ready (carrier) the change waits and rides on the first report after
        // (the oracle: a bridge's all-snoopers record arrives together with its link-local's group).
        if (!idev.ready) return;
        schedule(idev);
    }

    /** mld_ifc_start_work(idev, 1): a random delay below one jiffy, plus two. */
    static void schedule(Inet6Dev idev) {
        if (idev.mldTimer == null && !idev.mldPending.isEmpty())
            idev.mldTimer = idev.dev.net().kernel.loop.schedule(2 * JIFFY, () -> work(idev));
    }

    /**
     * ipv6_mc_dad_complete: the reports sent from :: while the link-local address was tentative
     * are sent again from it, at once and once more within the unsolicited report interval
     * (mld_send_initial_cr, robustness 2): every reportable group of the device.
     */
    static void dadComplete(Inet6Dev idev) {
        if ((idev.dev.flags() & Iff.LOOPBACK) != 0) return;
        if (idev.mldDadTimer != null) idev.mldDadTimer.cancel();
        initialReport(idev);
        long h = (idev.dev.addr * 0xC2B2AE3D27D4EB4FL + idev.dev.ifindex() * 7L) * 0x9E3779B97F4A7C15L;
        long delay = 1 + Math.floorMod(h >>> 11, EventLoop.NS_PER_SEC);
        idev.mldDadTimer = idev.dev.net().kernel.loop.schedule(delay, () -> {
            idev.mldDadTimer = null;
            if (Addrconf.of(idev.dev) == idev && idev.dev.isUp()) initialReport(idev);
        });
    }

    private static void initialReport(Inet6Dev idev) {
        List<byte[]> groups = new ArrayList<>(idev.driverGroups);
        for (byte[] g : idev.solictGroups) groups.add(g);
        if (idev.forwarding()) {
            groups.add(Inet6.parse("ff02::2"));
            groups.add(Inet6.parse("ff05::2"));
        }
        if (!groups.isEmpty()) send(idev, groups);
    }

    /** ipv6_mc_up: igmp6_group_added for every group of the device. */
    static void reportAll(Inet6Dev idev) {
        for (byte[] g : idev.driverGroups) groupAdded(idev, g);
        for (byte[] g : idev.solictGroups) groupAdded(idev, g);
        if (idev.forwarding()) {
            for (String r : new String[] {"ff01::2", "ff02::2", "ff05::2"}) groupAdded(idev, Inet6.parse(r));
        }
    }

    /** mld_ifc_work: one report with the pending records; another later while retransmissions remain. */
    private static void work(Inet6Dev idev) {
        idev.mldTimer = null;
        if (Addrconf.of(idev.dev) != idev || idev.mldPending.isEmpty() || !idev.dev.isUp()) return;
        send(idev, idev.mldPending);
        if (--idev.mldRetransmits > 0) {
            long h = (idev.dev.addr * 0x9E3779B97F4A7C15L + idev.dev.ifindex()) * 0xBF58476D1CE4E5B9L;
            long delay = 1 + Math.floorMod(h >>> 9, EventLoop.NS_PER_SEC);
            idev.mldTimer = idev.dev.net().kernel.loop.schedule(delay, () -> work(idev));
        } else {
            idev.mldPending.clear();
        }
    }

    private static void send(Inet6Dev idev, List<byte[]> groups) {
        NetDevice dev = idev.dev;
        byte[] saddr = Inet6.ANY.clone();
        for (Inet6Ifaddr a : idev.addrs) if (a.scope == Addrconf.SCOPE_LINK && !a.tentative()) saddr = a.addr;
        int icmpLen = 8 + 20 * groups.size();
        byte[] payload = new byte[8 + icmpLen];
        // hop-by-hop options: next header ICMPv6, router alert (MLD), PadN
        payload[0] = (byte) Ipv6.NEXTHDR_ICMP;
        payload[2] = 5;
        payload[3] = 2;
        payload[6] = 1;
        int o = 8;
        payload[o] = (byte) MLD2_REPORT;
        Bytes.put16(payload, o + 6, groups.size());
        int r = o + 8;
        for (byte[] g : groups) {
            payload[r] = CHANGE_TO_EXCLUDE;
            System.arraycopy(g, 0, payload, r + 4, 16);
            r += 20;
        }
        SkBuff skb = Ip6Output.build(saddr, ALL_MLDV2_ROUTERS, NEXTHDR_HOP, 1, payload, 0, payload.length);
        int icmp = skb.networkHeader + Ipv6.HLEN + 8;
        Icmpv6.setChecksum(skb.buf, icmp, 0);
        int s = Checksum.sum(skb.buf, icmp, icmpLen, Ipv6.pseudoHeaderSum(skb.buf, skb.networkHeader, icmpLen, Ipv6.NEXTHDR_ICMP));
        Icmpv6.setChecksum(skb.buf, icmp, Checksum.fold(s));
        skb.protocol = Ethernet.P_IPV6;
        NetnsIpv6.of(dev.net()).af.output.localOutput(skb, dev, ALL_MLDV2_ROUTERS);
    }

    static final int NEXTHDR_HOP = 0;

    private static boolean isZero(byte[] a, int from, int to) {
        for (int i = from; i < to; i++) if (a[i] != 0) return false;
        return true;
    }

    /** ipv6_mc_down / the device's IPv6 going away: nothing more is reported. */
    static void stop(Inet6Dev idev) {
        if (idev.mldTimer != null) idev.mldTimer.cancel();
        idev.mldTimer = null;
        if (idev.mldDadTimer != null) idev.mldDadTimer.cancel();
        idev.mldDadTimer = null;
        idev.mldPending.clear();
    }

    static List<byte[]> newPending() { return new ArrayList<>(); }
}
