package linnet.kernel.ipv6;

import linnet.kernel.core.DropReason;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.NetnsMib;
import linnet.kernel.core.UnheardMulticast;
import linnet.wire.Ipv6;

/**
 * {@link UnheardMulticast} as {@link Ip6Input#rcv} decides it: a well-formed multicast packet for
 * a group the device does not listen to is counted (InReceives, InOctets, the ECN class,
 * InMcastPkts, InMcastOctets) and dropped as OTHERHOST, and nothing else happens to it.
 */
final class Ip6Unheard implements UnheardMulticast {
    private final AfInet6 af;

    Ip6Unheard(AfInet6 af) { this.af = af; }

    @Override
    public int[] solicitedGroups(NetDevice dev) {
        Inet6Dev idev = Addrconf.of(dev);
        if (idev == null || idev.disabled() || idev.forwarding()) return null;
        int[] g = new int[idev.addrs.size()];
        for (int i = 0; i < g.length; i++) g[i] = Ip6Input.low24(idev.addrs.get(i).addr);
        return g;
    }

    @Override
    public int classify(byte[] b, int off, int len) {
        if (len < Ipv6.HLEN || Ipv6.version(b, off) != 6 || Ipv6.HLEN + Ipv6.payloadLength(b, off) > len) return EVERYONE;
        int g = off + 24;
        if (b[g] != (byte) 0xff || Ip6Input.isAllNodes(b, g)) return EVERYONE;
        int low24 = Ip6Input.solicitedLow24(b, g);
        return low24 >= 0 ? low24 : NOBODY;
    }

    @Override
    public int ecn(byte[] b, int off) { return ((((b[off] & 0x0f) << 4) | ((b[off + 1] & 0xff) >>> 4)) & 3); }

    @Override
    public int mcastOctets(byte[] b, int off) { return Ipv6.HLEN + Ipv6.payloadLength(b, off); }

    @Override
    public void count(NetDevice dev, long frames, long octets, long mcastOctets, long[] ecn) {
        long[] mib = dev.net().mib.ipv6;
        mib[NetnsMib.IPSTATS_MIB_INPKTS] += frames;
        mib[NetnsMib.IPSTATS_MIB_INOCTETS] += octets;
        for (int i = 0; i < 4; i++) mib[NetnsMib.IPSTATS_MIB_NOECTPKTS + i] += ecn[i];
        mib[NetnsMib.IPSTATS_MIB_INMCASTPKTS] += frames;
        mib[NetnsMib.IPSTATS_MIB_INMCASTOCTETS] += mcastOctets;
    }

    @Override
    public void countDrops(long frames) { af.drops[DropReason.OTHERHOST.ordinal()] += frames; }
}
