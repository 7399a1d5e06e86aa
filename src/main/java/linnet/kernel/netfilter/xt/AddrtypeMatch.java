package linnet.kernel.netfilter.xt;

import linnet.kernel.core.NetDevice;
import linnet.kernel.netfilter.NetfilterNet;
import linnet.kernel.netfilter.NfPacket;
import linnet.kernel.netfilter.XtMatch;
import linnet.wire.Ipv4;

/**
 * `-m addrtype` (xt_addrtype revision 1): the route type (RTN_*) of the source and/or destination
 * address, as bit masks 1 &lt;&lt; RTN_x; optionally looked up on the in/out device only.
 */
public record AddrtypeMatch(int source, int dest, int flags) implements XtMatch {
    /** XT_ADDRTYPE_* flags. */
    public static final int INVERT_SOURCE = 1, INVERT_DEST = 2, LIMIT_IFACE_IN = 4, LIMIT_IFACE_OUT = 8;
    /** RTN_* names, indexed by type (rtn_names of libxt_addrtype). */
    public static final String[] RTN_NAMES = {"UNSPEC", "UNICAST", "LOCAL", "BROADCAST", "ANYCAST", "MULTICAST",
        "BLACKHOLE", "UNREACHABLE", "PROHIBIT", "THROW", "NAT", "XRESOLVE"};

    @Override
    public String name() { return "addrtype"; }

    @Override
    public boolean match(NfPacket p) {
        NetDevice dev = null;
        if ((flags & LIMIT_IFACE_IN) != 0) dev = p.in;
        else if ((flags & LIMIT_IFACE_OUT) != 0) dev = p.out;
        byte[] b = p.buf();
        int o = p.ip();
        if (source != 0) {
            int t = NetfilterNet.of(p.net).ops().addrType(p.net, Ipv4.src(b, o), dev);
            if ((((1 << t) & source) != 0) == ((flags & INVERT_SOURCE) != 0)) return false;
        }
        if (dest != 0) {
            int t = NetfilterNet.of(p.net).ops().addrType(p.net, Ipv4.dst(b, o), dev);
            if ((((1 << t) & dest) != 0) == ((flags & INVERT_DEST) != 0)) return false;
        }
        return true;
    }
}
