package linnet.trace;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.DropReason;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.kernel.core.SkbTracer;

/**
 * Keeps what the kernel's tracepoints report while it is installed: each packet numbered on first
 * sight with its steps, and the decisions no packet came of (a send whose route lookup failed).
 * What a packet sets off while the receive softirq handles it (an ARP answer, a reset) is recorded
 * as caused by it unless the kernel names the cause itself. Bounded: past {@link #MAX_STEPS} steps
 * (a storm) it only counts, so a trace never grows without end.
 */
public final class Recorder extends SkbTracer {
    /** Steps kept at most; a bridge loop's storm passes this within a fraction of a virtual second. */
    public static final int MAX_STEPS = 200_000;

    private final List<Packet> packets = new ArrayList<>();
    private final List<Step> unsent = new ArrayList<>();
    private int next = 1;
    private int steps;
    private Packet context;

    /** Every packet seen (copies included), in the order they were first seen or made. */
    public List<Packet> packets() { return List.copyOf(packets); }

    /** Decisions without a packet, in order. */
    public List<Step> unsent() { return List.copyOf(unsent); }

    /** When the traced command ended on the virtual clock (what was sent just before is still on its way). */
    private long endNs = Long.MAX_VALUE;

    public void end(long ns) { endNs = ns; }

    public long endNs() { return endNs; }


    /** Packets kept at most; past it (a storm) new ones and copies all count as one. */
    public static final int MAX_PACKETS = 20_000;

    /**
     * Whether the bounds are reached. The first time they are, the recorder takes itself off the
     * kernels it heard from, so a storm runs on at untraced speed; {@link #stopped} says so.
     */
    boolean full() {
        if (steps < MAX_STEPS && packets.size() < MAX_PACKETS) return false;
        if (!stopped) {
            stopped = true;
            for (linnet.kernel.core.Kernel k : kernels) if (k.tracer == this) k.tracer = null;
        }
        return true;
    }

    private boolean stopped;
    private final java.util.Set<linnet.kernel.core.Kernel> kernels =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** Whether the recorder stopped at its bounds (a storm): what followed was not recorded. */
    public boolean stopped() { return stopped; }

    /** What every packet past the bounds is recorded as. */
    private Packet overflow;

    void add(Packet p) { packets.add(p); }

    /** The packet {@code skb} is here: the one it carries, or a new one numbered now. */
    private Packet of(SkBuff skb, NetDevice dev) {
        if (skb.trace instanceof Packet p && p.recorder == this) return p;
        if (full()) {
            if (overflow == null) overflow = new Packet(this, next++, 0, null);
            skb.trace = overflow;
            return overflow;
        }
        Packet p = new Packet(this, next++, 0, null);
        p.what = Describe.of(skb, dev, p.h);
        // a neighbour's answer releases the packets queued for it: that is not causing them
        if (context != null && context != p && !releases(context)) p.cause = context;
        skb.trace = p;
        packets.add(p);
        return p;
    }

    private static boolean releases(Packet p) {
        return p.what != null && (p.what.startsWith("ARP reply ") || p.what.startsWith("ICMPv6 neighbor advertisement "));
    }

    private void add(Packet p, Step s) {
        if (full()) return;
        steps++;
        p.steps.add(s);
    }

    private long now(Net net) {
        kernels.add(net.kernel);
        return net.kernel.loop.now();
    }

    private static String name(NetDevice dev) { return dev == null ? null : dev.name(); }

    @Override
    public void step(SkBuff skb, Net net, NetDevice dev, Kind kind, String text) {
        Packet p = of(skb, dev);
        if (text == null && (kind == Kind.RECEIVE || kind == Kind.XMIT)) text = Describe.macs(skb, dev, kind == Kind.XMIT);
        add(p, new Step(now(net), net, name(dev), kind, text, null, null));
    }

    @Override
    public void drop(SkBuff skb, Net net, NetDevice dev, DropReason reason, String text) {
        Packet p = of(skb, dev);
        add(p, new Step(now(net), net, name(dev), Kind.DROP, text, reason, null));
    }

    @Override
    public void netfilter(SkBuff skb, Net net, String table, String chain, int ruleNum, Object rule, String verdict) {
        Packet p = of(skb, skb.dev);
        add(p, new Step(now(net), net, name(skb.dev), Kind.NETFILTER, null, null,
                new Step.Verdict(table, chain, ruleNum, rule, verdict)));
    }

    @Override
    public void noPacket(Net net, Kind kind, String text) {
        if (full()) return;
        steps++;
        unsent.add(new Step(now(net), net, null, kind, text, null, null));
    }

    @Override
    public void caused(SkBuff cause, SkBuff effect, String why) {
        Packet c = of(cause, cause.dev);
        // a packet built from a copy of its cause (a reply made in place) is a new packet, not a copy
        if (effect.trace instanceof Packet e && e.recorder == this && e.copyIndex > 0 && e.steps.isEmpty()) {
            packets.remove(e);
            effect.trace = null;
        }
        Packet e = of(effect, effect.dev);
        if (e != c) {
            e.cause = c;
            e.causeWhy = why;
        }
    }

    @Override
    public void context(SkBuff skb) {
        context = skb == null ? null : of(skb, skb.dev);
    }
}
