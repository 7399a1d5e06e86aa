package linnet.tools.iptables;

import java.util.List;
import linnet.kernel.netfilter.XtTarget;
import linnet.kernel.netfilter.xt.NatTarget;

/**
 * The NAT targets (libxt_MASQUERADE, libxt_NAT, libxt_REDIRECT): MASQUERADE [--to-ports P[-P]],
 * SNAT --to-source, DNAT --to-destination (ADDR[-ADDR][:PORT[-PORT]]), REDIRECT [--to-ports], and
 * --random / --random-fully / --persistent.
 */
final class NatExt extends TargetExt {
    private final String kind;
    private int minAddr, maxAddr, minPort, maxPort, flags;
    private boolean rangeGiven;

    NatExt(String kind) { this.kind = kind; }

    @Override
    String name() { return kind; }

    @Override
    List<Opt> options() {
        return switch (kind) {
            case "SNAT" -> List.of(Opt.argNoInv("to-source"), flag("random"), flag("random-fully"), flag("persistent"));
            case "DNAT" -> List.of(Opt.argNoInv("to-destination"), flag("random"), flag("persistent"));
            case "MASQUERADE" -> List.of(Opt.argNoInv("to-ports"), flag("random"), flag("random-fully"));
            default -> List.of(Opt.argNoInv("to-ports"), flag("random"));
        };
    }

    private static Opt flag(String n) { return new Opt(n, false, false, false); }

    private static boolean portProto(RuleSpec r) {
        return (r.proto == 6 || r.proto == 17 || r.proto == 132 || r.proto == 33 || r.proto == 136)
                && (r.invFlags & linnet.kernel.netfilter.IpEntry.INV_PROTO) == 0;
    }

    @Override
    void parse(String opt, String arg, boolean invert, RuleSpec r) {
        switch (opt) {
            case "random" -> flags |= NatTarget.PROTO_RANDOM;
            case "random-fully" -> flags |= NatTarget.PROTO_RANDOM_FULLY;
            case "persistent" -> flags |= NatTarget.PERSISTENT;
            case "to-ports" -> {
                if (!portProto(r)) throw IptError.param("Need TCP, UDP, SCTP or DCCP with port specification");
                ports(arg);
                rangeGiven = true;
            }
            default -> {
                range(arg, r);
                rangeGiven = true;
            }
        }
    }

    private void ports(String s) {
        int dash = s.indexOf('-');
        Integer lo = Names.parseUInt(dash >= 0 ? s.substring(0, dash) : s, 0, 65535);
        Integer hi = dash >= 0 ? Names.parseUInt(s.substring(dash + 1), 0, 65535) : lo;
        if (lo == null || hi == null) throw IptError.param("Port `" + s + "' not valid\n");
        if (hi < lo) throw IptError.param("Port range `" + s + "' funky\n");
        minPort = lo;
        maxPort = hi;
        flags |= NatTarget.PROTO_SPECIFIED;
    }

    private void range(String s, RuleSpec r) {
        int colon = s.indexOf(':');
        String addrs = colon >= 0 ? s.substring(0, colon) : s;
        if (colon >= 0) {
            if (!portProto(r)) throw IptError.param("Need TCP, UDP, SCTP or DCCP with port specification");
            ports(s.substring(colon + 1));
        }
        if (!addrs.isEmpty()) {
            int dash = addrs.indexOf('-');
            Integer lo = Names.dotted(dash >= 0 ? addrs.substring(0, dash) : addrs);
            Integer hi = dash >= 0 ? Names.dotted(addrs.substring(dash + 1)) : lo;
            if (lo == null || hi == null)
                throw IptError.param("Bad IP address \"" + (lo == null ? addrs : addrs.substring(dash + 1)) + "\"\n");
            minAddr = lo;
            maxAddr = hi;
            flags |= NatTarget.MAP_IPS;
        }
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (!rangeGiven && kind.equals("SNAT")) throw mandatory("to-source");
        if (!rangeGiven && kind.equals("DNAT")) throw mandatory("to-destination");
    }

    @Override
    XtTarget build(RuleSpec r) { return new NatTarget(kind, minAddr, maxAddr, minPort, maxPort, flags); }

    private static String rangeText(NatTarget n) {
        StringBuilder sb = new StringBuilder();
        if ((n.flags() & NatTarget.MAP_IPS) != 0) {
            sb.append(Names.dotted(n.minAddr()));
            if (n.maxAddr() != n.minAddr()) sb.append('-').append(Names.dotted(n.maxAddr()));
        }
        if ((n.flags() & NatTarget.PROTO_SPECIFIED) != 0) {
            sb.append(':').append(n.minPort());
            if (n.maxPort() != n.minPort()) sb.append('-').append(n.maxPort());
        }
        return sb.toString();
    }

    private static String portsText(NatTarget n) {
        return n.minPort() + (n.maxPort() != n.minPort() ? "-" + n.maxPort() : "");
    }

    @Override
    void print(XtTarget t, boolean numeric, StringBuilder sb) {
        NatTarget n = (NatTarget) t;
        switch (kind) {
            case "MASQUERADE" -> {
                if ((n.flags() & NatTarget.PROTO_SPECIFIED) != 0) sb.append(" masq ports: ").append(portsText(n));
            }
            case "REDIRECT" -> {
                if ((n.flags() & NatTarget.PROTO_SPECIFIED) != 0) sb.append(" redir ports ").append(portsText(n));
            }
            default -> sb.append(" to:").append(rangeText(n));
        }
        if ((n.flags() & NatTarget.PROTO_RANDOM) != 0) sb.append(" random");
        if ((n.flags() & NatTarget.PROTO_RANDOM_FULLY) != 0) sb.append(" random-fully");
        if ((n.flags() & NatTarget.PERSISTENT) != 0) sb.append(" persistent");
    }

    @Override
    void save(XtTarget t, StringBuilder sb) {
        NatTarget n = (NatTarget) t;
        switch (kind) {
            case "MASQUERADE", "REDIRECT" -> {
                if ((n.flags() & NatTarget.PROTO_SPECIFIED) != 0) sb.append(" --to-ports ").append(portsText(n));
            }
            case "SNAT" -> sb.append(" --to-source ").append(rangeText(n));
            default -> sb.append(" --to-destination ").append(rangeText(n));
        }
        if ((n.flags() & NatTarget.PROTO_RANDOM) != 0) sb.append(" --random");
        if ((n.flags() & NatTarget.PROTO_RANDOM_FULLY) != 0) sb.append(" --random-fully");
        if ((n.flags() & NatTarget.PERSISTENT) != 0) sb.append(" --persistent");
    }
}
