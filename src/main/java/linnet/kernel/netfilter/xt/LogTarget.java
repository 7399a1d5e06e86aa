package linnet.kernel.netfilter.xt;

import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.Verdict;
import linnet.kernel.netfilter.XtTarget;

/** LOG: writes a kernel log line (not emulated as dmesg yet) and lets the packet go on. */
public record LogTarget(String prefix, int level, int flags) implements XtTarget {
    @Override
    public String name() { return "LOG"; }

    @Override
    public int target(NfPacket p) { return Verdict.XT_CONTINUE; }
}
