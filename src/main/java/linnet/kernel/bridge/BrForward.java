package linnet.kernel.bridge;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.DropReason;
import linnet.kernel.core.SkBuff;

/**
 * The bridge's transmit side (br_forward.c): one frame to one port, or flooded to every eligible
 * port. A frame never goes back out of the port it came in on (no hairpin mode by default), and
 * only forwarding ports send. Where Linux clones (flooding, a frame also delivered locally) we copy.
 */
final class BrForward {
    private BrForward() {}

    /** enum br_pkt_type. */
    static final int BR_PKT_UNICAST = 0, BR_PKT_MULTICAST = 1, BR_PKT_BROADCAST = 2;

    /** should_deliver. {@code skb.dev} is the ingress device (the bridge itself for local output). */
    static boolean shouldDeliver(BridgePort to, SkBuff skb) {
        return (to.hairpin || skb.dev != to.dev) && to.state == BridgePort.BR_STATE_FORWARDING;
    }

    /** br_forward: to one port; {@code localRcv} means the caller keeps the original for itself. */
    static void forward(BridgePort to, SkBuff skb, boolean localRcv) {
        if (to != null && shouldDeliver(to, skb)) {
            deliver(to, localRcv ? skb.copy() : skb);
            return;
        }
        if (!localRcv) {
            Bridge br = to != null ? to.br : (skb.dev instanceof Bridge b ? b : null);
            if (br != null) br.drop(skb, DropReason.BRIDGE_NO_EGRESS);
        }
    }

    /**
     * br_flood's flag test: a port with its flood flag off gets no flooded unicast, and no
     * broadcast or multicast the bridge forwards; what the bridge device sends itself still
     * reaches it (skb->dev == br->dev).
     */
    static boolean floodsTo(BridgePort p, SkBuff skb, int pktType) {
        return switch (pktType) {
            case BR_PKT_UNICAST -> p.flood;
            case BR_PKT_MULTICAST -> p.mcastFlood || skb.dev == p.br;
            default -> p.bcastFlood || skb.dev == p.br;
        };
    }

    /** br_flood: a copy to every eligible port but the last, which gets the original (unless kept locally). */
    static void flood(Bridge br, SkBuff skb, BridgePort ingress, boolean localRcv, int pktType) {
        // IPv6 multicast that most ports' namespaces only count is counted in bulk (BrFloodLedger)
        if (pktType == BR_PKT_MULTICAST && br.floodLedger.flood(skb, ingress, localRcv)) return;
        List<BridgePort> out = new ArrayList<>(br.ports.size());
        for (BridgePort p : br.ports) {
            boolean allowed = floodsTo(p, skb, pktType);
            if (allowed && shouldDeliver(p, skb)) out.add(p);
        }
        if (out.isEmpty()) {
            if (!localRcv) br.drop(skb, DropReason.BRIDGE_NO_EGRESS);
            return;
        }
        for (int i = 0; i < out.size(); i++) {
            boolean last = i == out.size() - 1;
            deliver(out.get(i), last && !localRcv ? skb : skb.copy());
        }
    }

    /** __br_forward -> br_forward_finish -> br_dev_queue_push_xmit: the Ethernet header goes back on, out it goes. */
    static void deliver(BridgePort to, SkBuff skb) {
        if (!linnet.kernel.netfilter.BrNetfilter.forward(to.br, to.dev, skb, to.br.knobs.nfCallIptables)) {
            to.br.drop(skb, DropReason.NETFILTER_DROP);
            return;
        }
        int hdr = skb.data - skb.macHeader;
        if (hdr > 0) skb.push(hdr);
        skb.dev = to.dev;
        skb.dst = null;
        to.dev.queueXmit(skb);
    }
}
