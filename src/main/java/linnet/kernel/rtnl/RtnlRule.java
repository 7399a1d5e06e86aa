package linnet.kernel.rtnl;

import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.FibRuleMsg;
import linnet.kernel.core.FibRulesOps;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.ipv4.NetnsIpv4;

/** The rtnetlink door for policy rules (fib_nl_newrule, fib_nl_delrule, fib_nl_dumprule). */
public final class RtnlRule {
    private RtnlRule() {}

    public static final int AF_INET = 2, AF_INET6 = 10;

    /** lookup_rules_ops: the family's rules, EAFNOSUPPORT for a family without them. */
    private static FibRulesOps ops(Net net, int family) throws KernelException {
        FibRulesOps ops = null;
        if (family == AF_INET) ops = NetnsIpv4.of(net).fib.rules;
        else if (family == AF_INET6) ops = linnet.kernel.ipv6.NetnsIpv6.rules(net);
        if (ops == null) throw new KernelException(Errno.EAFNOSUPPORT, "Rule family not supported");
        return ops;
    }

    /** RTM_NEWRULE; {@code excl} = NLM_F_EXCL. */
    public static void add(Net net, FibRuleMsg m, boolean excl) throws KernelException {
        ops(net, m.family).newRule(m, excl);
    }

    /** RTM_DELRULE. */
    public static void delete(Net net, FibRuleMsg m) throws KernelException {
        ops(net, m.family).delRule(m);
    }

    /** RTM_GETRULE dump of one family. */
    public static List<FibRuleMsg> dump(Net net, int family) throws KernelException {
        return ops(net, family).dump();
    }
}
