package linnet.tools.iptables;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.netfilter.IpEntry;
import linnet.kernel.netfilter.JumpTarget;
import linnet.kernel.netfilter.StandardTarget;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.XtRule;
import linnet.kernel.netfilter.XtTarget;

/**
 * A rule while its command line is parsed (struct iptables_command_state): the ipt_ip fields,
 * the match extensions in the order they were loaded, and the target. {@link #toRule} turns it
 * into the kernel's record.
 */
final class RuleSpec {
    int src, srcMask, dst, dstMask, proto, invFlags;
    /**
     * Every {addr, mask} of "-s a,b" / "-d c,d" (xtables_ipparse_multiple); the command works on
     * one rule per combination, sources outermost. Null when the option was not given.
     */
    List<int[]> srcs, dsts;
    String inIface = "", outIface = "";
    boolean fragment;
    /** The protocol as written (for the implicit match and the "-p tcp needed" checks). */
    boolean protoGiven;
    final List<MatchExt> matches = new ArrayList<>();
    TargetExt target;
    /** -j/-g NAME as written ("" when there is none). */
    String jumpto = "";
    boolean isGoto;
    /** The built kernel target for a standard verdict or a chain. */
    boolean protoUsed;
    /** Where extensions print their warnings while parsing (stderr); null to drop them. */
    java.io.PrintStream warn;

    void warn(String msg) {
        if (warn != null) warn.println(msg);
    }

    IpEntry ipEntry() {
        return new IpEntry(src, srcMask, dst, dstMask, inIface, outIface, proto, fragment, invFlags);
    }

    /** The protocol name the implicit match is loaded under ("tcp" for -p 6), or null. */
    String protoMatchName() {
        if (!protoGiven || proto == 0) return null;
        return Names.protoName(proto);
    }

    /** True for -p tcp (not inverted) etc., as the port-taking extensions check it. */
    boolean protoIs(int p) { return proto == p && (invFlags & IpEntry.INV_PROTO) == 0; }

    /** One rule per source x destination combination, in the order add_entry builds them. */
    List<XtRule> toRules() {
        List<int[]> ss = srcs != null ? srcs : List.of(new int[] {src, srcMask});
        List<int[]> ds = dsts != null ? dsts : List.of(new int[] {dst, dstMask});
        List<XtRule> out = new ArrayList<>();
        int s0 = src, sm0 = srcMask, d0 = dst, dm0 = dstMask;
        for (int[] sa : ss) {
            for (int[] da : ds) {
                src = sa[0];
                srcMask = sa[1];
                dst = da[0];
                dstMask = da[1];
                out.add(toRule());
            }
        }
        src = s0;
        srcMask = sm0;
        dst = d0;
        dstMask = dm0;
        return out;
    }

    XtRule toRule() {
        List<XtMatch> ms = new ArrayList<>();
        for (MatchExt m : matches) ms.add(m.build(this));
        XtTarget t;
        if (target != null) t = target.build(this);
        else if (jumpto.isEmpty()) t = StandardTarget.NONE;
        else t = new JumpTarget(jumpto, isGoto);
        return new XtRule(ipEntry(), ms, t);
    }
}
