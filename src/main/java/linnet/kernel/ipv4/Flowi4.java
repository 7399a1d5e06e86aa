package linnet.kernel.ipv4;

import linnet.kernel.core.Flowi;

/** An IPv4 route lookup key (struct flowi4): addresses and the dsfield on top of the common keys. */
public final class Flowi4 extends Flowi {
    public int daddr, saddr;
    public int tos;

    public static Flowi4 output(int daddr, int saddr, int oif) {
        Flowi4 f = new Flowi4();
        f.daddr = daddr;
        f.saddr = saddr;
        f.oif = oif;
        return f;
    }
}
