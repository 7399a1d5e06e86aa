package linnet.trace;

import linnet.kernel.core.DropReason;
import linnet.kernel.core.Net;
import linnet.kernel.core.SkbTracer;

/**
 * One thing the stack decided about a packet: where ({@code net}, device name or null), what
 * layer ({@code kind}), the words the tracepoint gave, and, for a drop, the kernel's reason.
 * {@code timeNs} is the virtual clock's reading.
 */
public record Step(long timeNs, Net net, String dev, SkbTracer.Kind kind, String text, DropReason reason,
        Verdict verdict) {
    /** A netfilter step's facts: table, chain, the rule's number (0: the chain's policy), the rule, the verdict. */
    public record Verdict(String table, String chain, int ruleNum, Object rule, String verdict) {}
}
