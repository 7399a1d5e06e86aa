package linnet.trace;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.SkBuff;
import linnet.kernel.core.SkbTracer;

/**
 * A traced packet: its number in order of first sight ("3"; a copy of it "3.1", "3.2" in the order
 * they were made), what it was when first seen, what made it (another packet and why, or nothing
 * for a packet a program or a timer sent), and its steps. It is the mark the kernel carries on
 * {@link SkBuff#trace}, so a copy made by skb_copy (a bridge's flood) becomes its own packet here.
 */
public final class Packet implements SkbTracer.Mark {
    final Recorder recorder;
    /** The number of the original; copies share it. */
    public final int number;
    /** 0 for the original, k for its k-th copy (of any generation). */
    public final int copyIndex;
    /** The packet this one is a copy of, or null. */
    public final Packet copyOf;
    /** What this packet is, in one line (protocol, addresses, ports); set at first sight. */
    String what;
    /** The same, as fields. */
    Describe.Headers h = new Describe.Headers();
    /** The packet whose handling made this one (an ARP request for a queued packet, a reply), or null. */
    Packet cause;
    /** Why the cause made it, in the cause's words ("echo reply", "ARP request for 10.0.0.1"). */
    String causeWhy;
    final List<Step> steps = new ArrayList<>();
    /** The number of copies made of the original (kept on the original only). */
    private int copies;

    Packet(Recorder recorder, int number, int copyIndex, Packet copyOf) {
        this.recorder = recorder;
        this.number = number;
        this.copyIndex = copyIndex;
        this.copyOf = copyOf;
        this.original = copyOf == null ? this : copyOf.original;
    }

    /** "3", or "3.1" for a copy. */
    public String label() { return copyIndex == 0 ? Integer.toString(number) : number + "." + copyIndex; }

    public String what() { return what; }

    public Packet cause() { return cause; }

    public String causeWhy() { return causeWhy; }

    public List<Step> steps() { return List.copyOf(steps); }

    /** The packet's last step, or null before any. */
    public Step last() { return steps.isEmpty() ? null : steps.get(steps.size() - 1); }

    /** The original of this packet's copy family (a storm's copies of copies go thousands deep). */
    private final Packet original;

    public Packet original() { return original; }

    @Override
    public SkbTracer.Mark copied(SkBuff copy) {
        // past the recorder's bounds a copy is only counted, under its original's mark
        if (recorder.full()) return this;
        Packet o = original();
        Packet c = new Packet(recorder, number, ++o.copies, this);
        c.what = what;
        c.h = h;
        c.cause = cause;
        c.causeWhy = causeWhy;
        recorder.add(c);
        return c;
    }
}
