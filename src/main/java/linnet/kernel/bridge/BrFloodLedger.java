package linnet.kernel.bridge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import linnet.kernel.core.DeferredStats;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.kernel.core.UnheardMulticast;

/**
 * br_flood of an IPv6 multicast packet, in bulk where Linux's work is only counting: not a Linux
 * structure, but what makes a bridge with a thousand namespaces behind it cost what one does.
 *
 * <p>Every namespace that comes up behind a bridge sends MLD reports, router solicitations and
 * DAD's neighbour solicitations, and the bridge (no querier, so no snooping) floods each one to
 * every port. Behind a port that is a veth pair whose other end is a plain IPv6 host, a packet for
 * a group that end does not listen to only moves counters: the pair's tx/rx packets and bytes,
 * the namespace's InReceives, InOctets, ECN class, InMcastPkts and InMcastOctets, one OTHERHOST
 * drop, a backlog slot and the CPU's time for a frame (see {@link UnheardMulticast}). Such ports
 * are <em>members</em> here. A flood adds the packet once to the ledger's running totals; a
 * member's share is the difference between the totals and its mark, paid into its counters when
 * someone reads them ({@link DeferredStats}) or when it stops being a member. The members that
 * do listen (a solicited-node group of one of their addresses) and the ingress port are settled
 * first and skip the packet; every other port gets its copy as before.
 *
 * <p>Membership follows every change it depends on: device events on either end of the pair and
 * changes of its IPv6 addresses and qdisc (through {@link Kernel#floodWatch}), the port's state
 * and flags, and anything of wider reach (a sysctl, a packet socket) through {@link Kernel#floodGen},
 * after which the bridge re-checks every port at its next flood. A tracer, VLAN filtering or a
 * backlog without room for the whole flood take the copy-per-port path, whose result this one
 * must equal.
 */
final class BrFloodLedger {
    // the running totals, and each member's mark, in these slots
    // (a copy received: FRAMES..ECN+3; a copy the full backlog refused: REFUSED)
    private static final int FRAMES = 0, L2_BYTES = 1, OCTETS = 2, MCAST_OCTETS = 3, ECN = 4, REFUSED = 8, SLOTS = 9;

    private final Bridge br;
    private final long[] total = new long[SLOTS];
    private int members;
    /** Members by the low 24 bits of the solicited-node groups their receiving end listens to. */
    private final Map<Integer, List<Member>> bySolicited = new HashMap<>();
    /** The ports that are not members (they get their copies one by one). */
    private final LinkedHashSet<BridgePort> others = new LinkedHashSet<>();
    /** The {@link Kernel#floodGen} membership was last checked at. */
    private long checkedGen;

    BrFloodLedger(Bridge br) {
        this.br = br;
        checkedGen = br.kernel.floodGen;
    }

    /** A port whose copies of unheard multicast are counted here. */
    final class Member implements DeferredStats {
        final BridgePort port;
        /** The port's device (sends) and the pair's other end (receives). */
        final NetDevice tx, rx;
        final int[] groups;
        final long[] mark = total.clone();

        Member(BridgePort port, NetDevice rx, int[] groups) {
            this.port = port;
            this.tx = port.dev;
            this.rx = rx;
            this.groups = groups;
        }

        @Override
        public void settle() {
            long frames = total[FRAMES] - mark[FRAMES];
            if (frames != 0) {
                tx.countPairedXmit(frames, total[L2_BYTES] - mark[L2_BYTES]);
                long[] ecn = new long[4];
                for (int i = 0; i < 4; i++) ecn[i] = total[ECN + i] - mark[ECN + i];
                br.kernel.unheardMulticast.count(rx, frames, total[OCTETS] - mark[OCTETS],
                        total[MCAST_OCTETS] - mark[MCAST_OCTETS], ecn);
            }
            long refused = total[REFUSED] - mark[REFUSED];
            if (refused != 0) {
                tx.countPairedXmitDropped(refused);
                br.kernel.countBacklogRefused(rx, refused);
            }
            System.arraycopy(total, 0, mark, 0, SLOTS);
        }

        /** This flood's {@code delta} is not its share (it heard the packet, sent it, or got the other outcome). */
        void skip(long[] delta) {
            for (int i = 0; i < SLOTS; i++) mark[i] += delta[i];
        }
    }

    // ------------------------------------------------------------------ membership

    /** kernel.floodWatch: a change to {@code dev}, which may be a port or the far end of one. */
    static void changed(NetDevice dev) {
        // both: the device may be a port, and the far end of another port (a veth bridged at both ends)
        BridgePort own = portOf(dev);
        if (own != null) own.br.floodLedger.recheck(own);
        BridgePort far = dev.pairedDevice() == null ? null : portOf(dev.pairedDevice());
        if (far != null) far.br.floodLedger.recheck(far);
    }

    private static BridgePort portOf(NetDevice dev) {
        return dev.rxHandlerData instanceof BridgePort p && p.br.floodLedger != null ? p : null;
    }

    /** A new port: a member if it qualifies. */
    void added(BridgePort p) {
        others.add(p);
        recheck(p);
    }

    /** A port leaves the bridge: its share is paid in first. */
    void removed(BridgePort p) {
        leave(p);
        others.remove(p);
    }

    /** Whether {@code p} is a member by what holds now; joins or leaves accordingly. */
    void recheck(BridgePort p) {
        if (p.floodMember != null) leave(p);
        if (p.dev.rxHandlerData != p) return; // not (or no longer) a port
        Member m = qualify(p);
        if (m == null) return;
        others.remove(p);
        p.floodMember = m;
        m.tx.deferredStats = m;
        m.rx.deferredStats = m;
        members++;
        for (int g : m.groups) bySolicited.computeIfAbsent(g, k -> new ArrayList<>(1)).add(m);
    }

    private Member qualify(BridgePort p) {
        UnheardMulticast um = br.kernel.unheardMulticast;
        if (um == null || p.state != BridgePort.BR_STATE_FORWARDING || !p.mcastFlood || p.hairpin) return null;
        NetDevice rx = p.dev.quietPeer();
        if (rx == null || rx.rxHandler != null || rx.deferredStats != null) return null;
        if (p.dev.net().tapped() || rx.net().tapped()) return null;
        int[] groups = um.solicitedGroups(rx);
        return groups == null ? null : new Member(p, rx, groups);
    }

    private void leave(BridgePort p) {
        Member m = p.floodMember;
        if (m == null) return;
        m.settle();
        p.floodMember = null;
        if (m.tx.deferredStats == m) m.tx.deferredStats = null;
        if (m.rx.deferredStats == m) m.rx.deferredStats = null;
        members--;
        for (int g : m.groups) {
            List<Member> l = bySolicited.get(g);
            if (l != null && l.remove(m) && l.isEmpty()) bySolicited.remove(g);
        }
        others.add(p);
    }

    /** After a change of wider reach: every port again. */
    private void recheckAll() {
        checkedGen = br.kernel.floodGen;
        for (BridgePort p : br.ports) recheck(p);
    }

    // ------------------------------------------------------------------ the flood

    /**
     * br_flood of a multicast frame ({@code skb.macHeader} is its Ethernet header): true when done
     * here, false when the caller is to give every port its copy.
     */
    boolean flood(SkBuff skb, BridgePort ingress, boolean localRcv) {
        Kernel k = br.kernel;
        UnheardMulticast um = k.unheardMulticast;
        if (um == null || !k.bulkFlood || k.tracer != null || br.vlanFiltering != 0 || skb.vlanProto != 0 || skb.macHeader < 0) return false;
        byte[] b = skb.buf;
        int mac = skb.macHeader;
        int l2 = skb.len + (skb.data - mac);
        if (l2 < 14 || (((b[mac + 12] & 0xff) << 8) | (b[mac + 13] & 0xff)) != linnet.wire.Ethernet.P_IPV6) return false;
        if (checkedGen != k.floodGen) recheckAll();
        if (members == 0) return false;
        int l3 = mac + 14, octets = l2 - 14;
        int group = um.classify(b, l3, octets);
        if (group == UnheardMulticast.EVERYONE) return false;
        List<Member> hear = group >= 0 ? bySolicited.getOrDefault(group, List.of()) : List.of();
        Member in = ingress == null ? null : ingress.floodMember;
        boolean inHears = in != null && hear.contains(in);
        int skipped = hear.size() + (in != null && !inHears ? 1 : 0);
        int absorbed = members - skipped;
        if (absorbed <= 0) return false;
        List<BridgePort> copies = new ArrayList<>(others.size() + hear.size());
        for (BridgePort p : others) if (BrForward.floodsTo(p, skb, BrForward.BR_PKT_MULTICAST) && BrForward.shouldDeliver(p, skb)) copies.add(p);
        boolean onlyMembers = copies.isEmpty();
        List<BridgePort> hearing = new ArrayList<>(hear.size());
        for (Member m : hear) if (m.port != ingress) hearing.add(m.port);
        copies.addAll(hearing);
        int room = k.backlogRoom();
        int mcastOctets = um.mcastOctets(b, l3), ecn = um.ecn(b, l3);
        if (room < absorbed + copies.size() && !onlyMembers) {
            // other ports' copies may or may not take a backlog slot (a tap, a vxlan): port by port
            floodInOrder(skb, ingress, localRcv, hear, l2, octets, mcastOctets, ecn);
            return true;
        }
        long[] received = new long[SLOTS];
        received[FRAMES] = 1;
        received[L2_BYTES] = l2;
        received[OCTETS] = octets;
        received[MCAST_OCTETS] = mcastOctets;
        received[ECN + ecn] = 1;
        long[] refused = new long[SLOTS];
        refused[REFUSED] = 1;
        int copiesIn = absorbed + copies.size();
        if (room >= copiesIn) {
            add(received);
            for (Member m : hear) m.skip(received);
            if (in != null && !inHears) in.skip(received);
            k.netifRxUnheard(absorbed);
            um.countDrops(absorbed);
            deliverInOrder(copies, skb, localRcv);
            return true;
        }
        // Only members get copies, and the backlog takes the first `room` of them in port order
        // (newest first): the rest are refused. The smaller side is walked and counted at once;
        // the ledger gives the other outcome to everyone else.
        List<BridgePort> hearersIn = new ArrayList<>(), hearersOut = new ArrayList<>();
        int membersIn;
        long[] added;
        long[] ecnOne = ecnOf(received);
        if (room <= copiesIn - room) {
            membersIn = 0;
            int seen = 0;
            for (int i = 0; i < br.ports.size() && seen < room; i++) {
                BridgePort p = br.ports.get(i);
                Member m = p.floodMember;
                if (m == null || p == ingress) continue;
                seen++;
                if (hear.contains(m)) {
                    hearersIn.add(p);
                    continue;
                }
                m.tx.countPairedXmit(1, l2);
                um.count(m.rx, 1, octets, mcastOctets, ecnOne);
                m.skip(refused);
                membersIn++;
            }
            for (BridgePort p : hearing) if (!hearersIn.contains(p)) hearersOut.add(p);
            added = refused;
        } else {
            int membersOut = 0, seen = 0, out = copiesIn - room;
            for (int i = br.ports.size() - 1; i >= 0 && seen < out; i--) {
                BridgePort p = br.ports.get(i);
                Member m = p.floodMember;
                if (m == null || p == ingress) continue;
                seen++;
                if (hear.contains(m)) {
                    hearersOut.add(p);
                    continue;
                }
                m.tx.countPairedXmitDropped(1);
                k.countBacklogRefused(m.rx, 1);
                m.skip(received);
                membersOut++;
            }
            for (BridgePort p : hearing) if (!hearersOut.contains(p)) hearersIn.add(p);
            membersIn = absorbed - membersOut;
            added = received;
        }
        add(added);
        for (Member m : hear) m.skip(added);
        if (in != null && !inHears) in.skip(added);
        // the hearers' copies go through their veths: those the backlog takes first, then the
        // members' batch, then the refused ones, which find the backlog full
        deliverInOrder(hearersIn, skb, true);
        k.netifRxUnheard(membersIn);
        um.countDrops(membersIn);
        k.countBacklogDrops(absorbed - membersIn);
        deliverInOrder(hearersOut, skb, true);
        return true;
    }

    private void add(long[] delta) {
        for (int i = 0; i < SLOTS; i++) total[i] += delta[i];
    }

    private static long[] ecnOf(long[] received) {
        long[] e = new long[4];
        System.arraycopy(received, ECN, e, 0, 4);
        return e;
    }

    /** Copies to {@code ports} in port order (newest first, as br.ports holds them); the last gets the original unless it is kept. */
    private static void deliverInOrder(List<BridgePort> ports, SkBuff skb, boolean keep) {
        ports.sort((x, y) -> Long.compare(y.seq, x.seq));
        for (int i = 0; i < ports.size(); i++) {
            boolean last = i == ports.size() - 1;
            BrForward.deliver(ports.get(i), last && !keep ? skb : skb.copy());
        }
    }

    /**
     * The flood when the backlog has no room for all of it: port by port in br_flood's order, so
     * exactly the copies Linux's backlog refuses are refused (rx_dropped of the receiving end,
     * tx_dropped of the veth), a member's copy counted at once instead of delivered.
     */
    private void floodInOrder(SkBuff skb, BridgePort ingress, boolean localRcv, List<Member> hear, int l2, int octets,
            int mcastOctets, int ecnClass) {
        Kernel k = br.kernel;
        UnheardMulticast um = k.unheardMulticast;
        long[] ecn = new long[4];
        ecn[ecnClass] = 1;
        BridgePort lastCopy = null;
        for (BridgePort p : br.ports) {
            Member m = p.floodMember;
            if (m != null && p != ingress && !hear.contains(m)) continue;
            if (m != null ? p != ingress : BrForward.floodsTo(p, skb, BrForward.BR_PKT_MULTICAST) && BrForward.shouldDeliver(p, skb)) lastCopy = p;
        }
        for (BridgePort p : br.ports) {
            Member m = p.floodMember;
            if (m != null && p != ingress && !hear.contains(m)) {
                if (k.netifRxUnheard(m.rx)) {
                    m.tx.countPairedXmit(1, l2);
                    um.count(m.rx, 1, octets, mcastOctets, ecn);
                    um.countDrops(1);
                } else {
                    m.tx.countPairedXmitDropped(1);
                }
            } else if (m != null ? p != ingress : BrForward.floodsTo(p, skb, BrForward.BR_PKT_MULTICAST) && BrForward.shouldDeliver(p, skb)) {
                BrForward.deliver(p, p == lastCopy && !localRcv ? skb : skb.copy());
            }
        }
    }
}
