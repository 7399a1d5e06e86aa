package linnet.kernel.netfilter;

import linnet.kernel.core.NetDevice;
import linnet.wire.Ipv4;

/** The IP part of a rule (ip_packet_match). */
public final class Match {
    private Match() {}

    /** ifname_compare: exact, or a prefix when the rule's name ends in '+'. */
    static boolean ifaceMatches(String rule, NetDevice dev) {
        if (rule.isEmpty()) return true;
        String name = dev == null ? "" : dev.name();
        if (rule.endsWith("+")) return name.startsWith(rule.substring(0, rule.length() - 1));
        return name.equals(rule);
    }

    public static boolean ipMatches(IpEntry e, NfPacket p) {
        byte[] b = p.buf();
        int o = p.ip();
        if ((((Ipv4.src(b, o) & e.srcMask()) != e.src()) ^ e.inv(IpEntry.INV_SRCIP))) return false;
        if ((((Ipv4.dst(b, o) & e.dstMask()) != e.dst()) ^ e.inv(IpEntry.INV_DSTIP))) return false;
        if (!e.inIface().isEmpty() && (ifaceMatches(e.inIface(), p.in) == e.inv(IpEntry.INV_VIA_IN))) return false;
        if (!e.outIface().isEmpty() && (ifaceMatches(e.outIface(), p.out) == e.inv(IpEntry.INV_VIA_OUT))) return false;
        if (e.proto() != 0 && ((Ipv4.protocol(b, o) == e.proto()) == e.inv(IpEntry.INV_PROTO))) return false;
        if (e.fragment() && ((Ipv4.fragOffset(b, o) != 0) == e.inv(IpEntry.INV_FRAG))) return false;
        return true;
    }
}
