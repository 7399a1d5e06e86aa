package linnet.kernel.bridge;

import linnet.kernel.core.DropReason;
import linnet.kernel.core.SkBuff;
import linnet.wire.Ethernet;
import linnet.wire.Mac;

/**
 * The bridge's receive path (br_input.c). {@link #handleFrame} is the rx_handler of every port: it
 * consumes every frame arriving on a port, so a protocol address left on the port itself no longer
 * sees anything; frames for the bridge come up the bridge device's own stack instead.
 */
final class BrInput {
    private BrInput() {}

    /** Link-local group 01:80:c2:00:00:0X (STP BPDUs, pause, LLDP ...). */
    private static final long LINK_LOCAL = 0x0180_c200_0000L;

    /** br_handle_frame: the rx_handler (skb.data past the Ethernet header, skb.macHeader on it). */
    static void handleFrame(SkBuff skb) {
        BridgePort p = (BridgePort) skb.dev.rxHandlerData;
        Bridge br = p.br;
        long src = Ethernet.src(skb.buf, skb.macHeader);
        long dest = Ethernet.dst(skb.buf, skb.macHeader);
        if (!Mac.isValidUnicast(src)) {
            br.drop(skb, DropReason.MAC_INVALID_SOURCE);
            return;
        }
        if ((dest & ~0xfL) == LINK_LOCAL) {
            int kind = (int) (dest & 0xf);
            boolean forward = (kind == 0 && br.stpEnabled == Bridge.BR_NO_STP) || (br.groupFwdMask & (1 << kind)) != 0;
            if (!forward) {
                // __br_handle_local_finish: learn, then RX_HANDLER_PASS: the port's own stack gets it.
                if (p.state != BridgePort.BR_STATE_DISABLED && p.learning && !br.knobs.noLinklocalLearn)
                    br.fdb.update(p, src);
                br.kernel.deliver(skb);
                return;
            }
        }
        switch (p.state) {
            case BridgePort.BR_STATE_FORWARDING, BridgePort.BR_STATE_LEARNING -> {
                if (dest == br.addr) skb.pktType = SkBuff.PACKET_HOST;
                int nf = linnet.kernel.netfilter.BrNetfilter.preRouting(br, p.dev, skb, br.knobs.nfCallIptables);
                if (nf == linnet.kernel.netfilter.BrNetfilter.DROP) {
                    br.drop(skb, DropReason.NETFILTER_DROP);
                    return;
                }
                if (nf == linnet.kernel.netfilter.BrNetfilter.STOLEN) return;
                // DNAT may have readdressed the frame to the bridge itself
                handleFrameFinish(br, p, skb, src, Ethernet.dst(skb.buf, skb.macHeader));
            }
            default -> br.drop(skb, DropReason.BRIDGE_PORT_STATE);
        }
    }

    /** br_handle_frame_finish: learn, then deliver locally, forward to one port, or flood. */
    static void handleFrameFinish(Bridge br, BridgePort p, SkBuff skb, long src, long dest) {
        if (p.state == BridgePort.BR_STATE_DISABLED) {
            br.drop(skb, DropReason.BRIDGE_PORT_STATE);
            return;
        }
        if (p.learning) br.fdb.update(p, src);
        boolean localRcv = (br.flags() & linnet.kernel.core.Iff.PROMISC) != 0;
        int pktType = BrForward.BR_PKT_UNICAST;
        if (Mac.isMulticast(dest)) {
            if (Mac.isBroadcast(dest)) {
                pktType = BrForward.BR_PKT_BROADCAST;
            } else {
                // No multicast router / querier is ever present: every group is flooded and seen locally.
                pktType = BrForward.BR_PKT_MULTICAST;
                br.stats.multicast++;
            }
            localRcv = true;
        }
        if (p.state == BridgePort.BR_STATE_LEARNING) {
            br.drop(skb, DropReason.BRIDGE_PORT_STATE);
            return;
        }
        FdbEntry dst = pktType == BrForward.BR_PKT_UNICAST ? br.fdb.find(dest) : null;
        if (br.kernel.tracer != null) trace(br, p, skb, src, dest, dst, pktType, localRcv);
        if (dst != null) {
            if (dst.local) {
                passFrameUp(br, skb);
                return;
            }
            long now = br.kernel.loop.now();
            if (dst.used != now) dst.used = now;
            BrForward.forward(dst.dst, skb, localRcv);
        } else {
            BrForward.flood(br, skb, p, localRcv, pktType);
        }
        if (localRcv) passFrameUp(br, skb);
    }

    /** What br_handle_frame_finish decided, in words, for a tracer. */
    private static void trace(Bridge br, BridgePort p, SkBuff skb, long src, long dest, FdbEntry dst, int pktType,
            boolean localRcv) {
        String text = "port " + p.dev.name() + " " + BridgePort.stateName(p.state)
                + (p.learning ? ", learned " + Mac.format(src) + " on it" : "") + "; ";
        if (dst != null && dst.local) text += Mac.format(dest) + " is the bridge's own: up its stack";
        else if (dst != null) text += "FDB: " + Mac.format(dest) + " is behind " + dst.dst.dev.name();
        else text += (pktType == BrForward.BR_PKT_UNICAST ? "FDB has no " + Mac.format(dest) + ": flood"
                : pktType == BrForward.BR_PKT_BROADCAST ? "broadcast: flood" : "multicast: flood")
                + " to every other port" + (localRcv ? " and up the bridge's stack" : "");
        br.kernel.tracer.step(skb, br.net(), br, linnet.kernel.core.SkbTracer.Kind.BRIDGE, text);
    }

    /**
     * br_pass_frame_up: the frame is received again, now by the bridge device (its rx counters count
     * the frame without its Ethernet header, as Linux's do).
     */
    static void passFrameUp(Bridge br, SkBuff skb) {
        br.stats.rxPackets++;
        br.stats.rxBytes += skb.len;
        skb.dev = br;
        // __netif_receive_skb_core starts a new round: skb_iif becomes the bridge.
        skb.iif = 0;
        br.kernel.netifReceiveSkb(skb);
    }
}
