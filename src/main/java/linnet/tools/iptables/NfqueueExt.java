package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtTarget;
import linnet.kernel.netfilter.xt.NfqueueTarget;

/** `-j NFQUEUE` (libxt_NFQUEUE revision 3): --queue-num N | --queue-balance L:H, --queue-bypass, --queue-cpu-fanout. */
final class NfqueueExt extends TargetExt {
    private int num, total = 1;
    private boolean bypass, fanout;

    @Override
    String name() { return "NFQUEUE"; }

    @Override
    List<Opt> options() {
        return List.of(Opt.argNoInv("queue-num"), Opt.argNoInv("queue-balance"), new Opt("queue-bypass", false, false, false),
                new Opt("queue-cpu-fanout", false, false, false));
    }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        switch (opt) {
            case "queue-num" -> {
                Integer n = Names.parseUInt(arg, 0, 65535);
                if (n == null)
                    throw IptError.param("NFQUEUE: bad value for option \"--queue-num\", or out of range (0-65535).\n");
                num = n;
            }
            case "queue-balance" -> {
                // XTTYPE_UINT16RC: "L:H", and the range must really be one
                int colon = arg.indexOf(':');
                Integer lo = Names.parseUInt(colon < 0 ? arg : arg.substring(0, colon), 0, 65535);
                Integer hi = colon < 0 ? lo : Names.parseUInt(arg.substring(colon + 1), 0, 65535);
                if (lo == null || hi == null)
                    throw IptError.param("NFQUEUE: bad value for option \"--queue-balance\", or out of range (0-65535).\n");
                if (lo >= hi) throw IptError.param(lo + " should be less than " + hi);
                num = lo;
                total = hi - lo + 1;
            }
            case "queue-bypass" -> bypass = true;
            default -> fanout = true;
        }
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (seen.contains("queue-num") && seen.contains("queue-balance"))
            throw IptError.param("NFQUEUE: option \"--queue-num\" cannot be used together with \"--queue-balance\".\n");
    }

    @Override
    XtTarget build(RuleSpec r) { return new NfqueueTarget(num, total, bypass, fanout); }

    @Override
    void print(XtTarget t, boolean numeric, StringBuilder sb) {
        NfqueueTarget q = (NfqueueTarget) t;
        if (q.total() > 1) sb.append(" NFQUEUE balance ").append(q.queuenum()).append(':').append(q.queuenum() + q.total() - 1);
        else sb.append(" NFQUEUE num ").append(q.queuenum());
        if (q.bypass()) sb.append(" bypass");
        if (q.cpuFanout()) sb.append(" cpu-fanout");
    }

    @Override
    void save(XtTarget t, StringBuilder sb) {
        NfqueueTarget q = (NfqueueTarget) t;
        if (q.total() > 1) sb.append(" --queue-balance ").append(q.queuenum()).append(':').append(q.queuenum() + q.total() - 1);
        else sb.append(" --queue-num ").append(q.queuenum());
        if (q.bypass()) sb.append(" --queue-bypass");
        if (q.cpuFanout()) sb.append(" --queue-cpu-fanout");
    }
}
