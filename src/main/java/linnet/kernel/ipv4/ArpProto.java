package linnet.kernel.ipv4;

import linnet.kernel.core.DropReason;
import linnet.kernel.core.Eth;
import linnet.kernel.core.Iff;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.wire.Arp;
import linnet.wire.Ethernet;
import linnet.wire.Mac;

/** ARP (net/ipv4/arp.c): answering requests for local addresses, learning, and soliciting. */
public final class ArpProto {
    private final Ipv4 ipv4;

    ArpProto(Ipv4 ipv4) { this.ipv4 = ipv4; }

    /** arp_rcv + arp_process. */
    void rcv(SkBuff skb) {
        NetDevice dev = skb.dev;
        byte[] b = skb.buf;
        int o = skb.data;
        if (skb.len < Arp.LEN || !Arp.isEthernetIpv4(b, o) || (dev.flags() & Iff.NOARP) != 0
                || skb.pktType == SkBuff.PACKET_OTHERHOST || skb.pktType == SkBuff.PACKET_LOOPBACK) {
            ipv4.drop(skb, DropReason.ARP_IGNORED);
            return;
        }
        InDevice in = InDevice.of(dev);
        if (in == null) return;
        NetnsIpv4 ns = NetnsIpv4.of(dev.net());
        int op = Arp.op(b, o);
        long sha = Arp.sha(b, o);
        int sip = Arp.spa(b, o);
        int tip = Arp.tpa(b, o);
        if (linnet.wire.Inet4.isMulticast(tip) || linnet.wire.Inet4.isLoopback(tip)) return;
        if (op == Arp.OP_REQUEST && sip == 0) {
            // Duplicate address detection probe: answer if the target is ours, learn nothing.
            if (Devinet.isLocal(ns, tip) && ownedHere(ns, dev, tip)) send(dev, Arp.OP_REPLY, tip, sha, tip, sha);
            return;
        }
        if (op == Arp.OP_REQUEST) {
            // arp_process: the target is answered when an input route lookup (the policy rules
            // included) from the sender on this device says it is local
            int type;
            linnet.kernel.core.Errno failed = null;
            try {
                type = Route.input(ns, tip, sip, dev).type;
            } catch (linnet.kernel.core.KernelException e) {
                type = FibRoute.RTN_UNREACHABLE;
                // reverse-path filtering's refusal is told apart by its instance (it is EINVAL too)
                failed = e == Route.RPFILTER ? linnet.kernel.core.Errno.EXDEV : e.errno;
            }
            boolean answer = type == FibRoute.RTN_LOCAL && ownedHere(ns, dev, tip);
            if (ipv4.kernel.tracer != null) traceRequest(skb, ns, dev, sip, tip, type, failed, answer);
            if (answer) {
                Neighbour n = ns.arp.create(sip, dev);
                ns.arp.update(n, sha, Neighbour.NUD_STALE, true);
                send(dev, Arp.OP_REPLY, tip, sha, sip, sha);
                return;
            }
        }
        Neighbour n = ns.arp.lookup(sip, dev);
        if (n != null) {
            int state = (op == Arp.OP_REPLY && skb.pktType == SkBuff.PACKET_HOST) ? Neighbour.NUD_REACHABLE : Neighbour.NUD_STALE;
            // arp_process: of several different replies back-to-back the FIRST wins; another address
            // replaces it only after locktime (1 s), or from a gratuitous ARP (arp_is_garp)
            long tha = Arp.tha(b, o);
            boolean garp = tip == sip && (op != Arp.OP_REPLY || tha == 0 || tha == sha || tha == Mac.BROADCAST);
            boolean override = dev.kernel.loop.now() > n.updated + LOCKTIME_NS || garp;
            ns.arp.update(n, sha, state, override);
        }
    }

    /** What arp_process decided about a request, for a tracer: answered, or why not. */
    private void traceRequest(SkBuff skb, NetnsIpv4 ns, NetDevice dev, int sip, int tip, int type,
            linnet.kernel.core.Errno failed, boolean answer) {
        String who = "ARP request for " + linnet.wire.Inet4.format(tip) + " from " + linnet.wire.Inet4.format(sip);
        String text;
        if (answer) text = who + ": an address here, answered";
        else if (!Devinet.isLocal(ns, tip)) text = who + ": not an address here";
        else if (failed == linnet.kernel.core.Errno.EXDEV)
            text = who + ": not answered, reverse-path filtering (rp_filter) refuses the sender on " + dev.name();
        else if (failed != null) text = who + ": not answered, the route lookup from the sender fails (" + failed.name() + ")";
        else text = who + ": not answered, arp_ignore = " + Math.max(InDevice.of(dev).conf.arpIgnore(), ns.all.arpIgnore())
                + " and the address is not on " + dev.name();
        ipv4.kernel.tracer.step(skb, dev.net(), dev, linnet.kernel.core.SkbTracer.Kind.NEIGH, text);
    }

    /** arp_tbl's locktime default (100 centiseconds). */
    static final long LOCKTIME_NS = 1_000_000_000L;

    /** arp_ignore=0 answers for any local address; 1 only for addresses on the receiving device. */
    private static boolean ownedHere(NetnsIpv4 ns, NetDevice dev, int tip) {
        InDevice in = InDevice.of(dev);
        int ignore = Math.max(in.conf.arpIgnore(), ns.all.arpIgnore());
        if (ignore == 0) return true;
        for (InIfaddr a : in.addrs) if (a.local == tip) return true;
        return false;
    }

    /** arp_solicit: a broadcast request while INCOMPLETE, a unicast one while PROBE. */
    void solicit(Neighbour n, SkBuff pending) {
        NetDevice dev = n.dev;
        int saddr = 0;
        if (pending != null) {
            int s = linnet.wire.Ipv4.src(pending.buf, pending.networkHeader);
            if (isAddrOn(dev, s)) saddr = s;
        }
        if (saddr == 0) saddr = Devinet.selectAddr(dev, n.key, InIfaddr.SCOPE_LINK);
        long dstMac = (n.state == Neighbour.NUD_PROBE && n.hasLladdr) ? n.lladdr : Mac.BROADCAST;
        traceCause = pending;
        try {
            // arp_send_dst with no target_hw: the target hardware address stays zero, even unicast
            sendTo(dev, Arp.OP_REQUEST, saddr, dstMac, n.key, 0L);
        } finally {
            traceCause = null;
        }
    }

    private static boolean isAddrOn(NetDevice dev, int a) {
        InDevice in = InDevice.of(dev);
        if (in == null) return false;
        for (InIfaddr i : in.addrs) if (i.local == a) return true;
        return false;
    }

    private void send(NetDevice dev, int op, int sip, long dstMac, int tip, long tha) {
        sendTo(dev, op, sip, dstMac, tip, tha);
    }

    /** The packet waiting for the answer to the request being sent (for a tracer). */
    private SkBuff traceCause;

    /** arp_create + arp_xmit. */
    private void sendTo(NetDevice dev, int op, int sip, long dstMac, int tip, long tha) {
        if (!dev.isUp()) return;
        SkBuff skb = SkBuff.alloc(Arp.LEN + 18);
        skb.len = Arp.LEN;
        new linnet.wire.ArpRepr(op, dev.addr, sip, tha, tip).emit(skb.buf, skb.data);
        // Ethernet pads short frames to 60 bytes; the kernel sends the 42-byte frame and the
        // padding is added by hardware, which virtual devices don't have: the length stays 42.
        skb.networkHeader = skb.data;
        skb.protocol = Ethernet.P_ARP;
        Eth.push(skb, dstMac, dev.addr, Ethernet.P_ARP);
        skb.dev = dev;
        if (traceCause != null && ipv4.kernel.tracer != null)
            ipv4.kernel.tracer.caused(traceCause, skb, "ARP request for " + linnet.wire.Inet4.format(tip));
        dev.queueXmit(skb);
    }

    /** neigh->output once the MAC is known: add the Ethernet header and hand to the device. */
    void finishOutput(Neighbour n, SkBuff skb) {
        NetDevice dev = n.dev;
        if (!dev.isUp()) {
            ipv4.drop(skb, DropReason.DEV_READY);
            return;
        }
        skb.data = skb.networkHeader;
        skb.len = linnet.wire.Ipv4.totalLength(skb.buf, skb.networkHeader);
        Eth.push(skb, n.lladdr, dev.addr, Ethernet.P_IP);
        skb.dev = dev;
        dev.queueXmit(skb);
    }
}
