package linnet.kernel.ipv4;

import linnet.kernel.core.FibRule;

/** An IPv4 policy rule (struct fib4_rule): source/destination prefixes, the tos selector, realms. */
public final class Fib4Rule extends FibRule {
    public int src, srcLen, dst, dstLen;
    /** The dsfield the rule selects (tos), 0 = any. */
    public int tos;
    public int tclassid;

    static int mask(int len) { return len == 0 ? 0 : (int) (0xffffffffL << (32 - len)); }
}
