package linnet.kernel.netfilter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import linnet.wire.Checksum;
import linnet.wire.Ipv4;
import linnet.wire.Ipv4Repr;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** NAT rewriting followed by its reverse gives back the packet byte for byte, checksums included. */
class NatPropertiesTest {
    private static byte[] packet(int proto, int src, int dst, int sport, int dport, byte[] payload) {
        int l4len = (proto == 1 ? 8 : proto == 6 ? 20 : 8) + payload.length;
        byte[] b = new byte[Ipv4.HLEN + l4len];
        new Ipv4Repr(src, dst, proto, 64, 0, 1234, false, l4len).emit(b, 0);
        int l4 = Ipv4.HLEN;
        if (proto == 1) {
            b[l4] = 8;
            b[l4 + 4] = (byte) (sport >>> 8);
            b[l4 + 5] = (byte) sport;
            System.arraycopy(payload, 0, b, l4 + 8, payload.length);
            int c = Checksum.compute(b, l4, l4len);
            b[l4 + 2] = (byte) (c >>> 8);
            b[l4 + 3] = (byte) c;
        } else {
            b[l4] = (byte) (sport >>> 8);
            b[l4 + 1] = (byte) sport;
            b[l4 + 2] = (byte) (dport >>> 8);
            b[l4 + 3] = (byte) dport;
            if (proto == 17) {
                b[l4 + 4] = (byte) (l4len >>> 8);
                b[l4 + 5] = (byte) l4len;
            } else {
                b[l4 + 12] = 0x50;
            }
            System.arraycopy(payload, 0, b, l4 + (proto == 6 ? 20 : 8), payload.length);
            int co = proto == 6 ? 16 : 6;
            int c = Checksum.fold(Checksum.sum(b, l4, l4len, Checksum.pseudoHeaderSum(src, dst, proto, l4len)));
            if (proto == 17 && c == 0) c = 0xffff;
            b[l4 + co] = (byte) (c >>> 8);
            b[l4 + co + 1] = (byte) c;
        }
        return b;
    }

    @Property(tries = 500)
    void natThenReverseIsIdentity(@ForAll @IntRange(min = 0, max = 2) int protoIdx, @ForAll int src, @ForAll int dst,
                                  @ForAll @IntRange(min = 1, max = 65535) int sport,
                                  @ForAll @IntRange(min = 1, max = 65535) int dport, @ForAll int newAddr,
                                  @ForAll @IntRange(min = 1, max = 65535) int newPort, @ForAll boolean srcManip,
                                  @ForAll @Size(max = 40) byte[] payload) {
        int proto = new int[] {1, 6, 17}[protoIdx];
        byte[] orig = packet(proto, src, dst, sport, dport, payload);
        byte[] b = orig.clone();
        int manip = srcManip ? Nat.MANIP_SRC : Nat.MANIP_DST;
        Tuple before = Conntrack.tupleOf(orig, 0, orig.length);
        Tuple after = srcManip ? new Tuple(proto, newAddr, dst, newPort, before.dport())
                : new Tuple(proto, src, newAddr, before.sport(), proto == 1 ? before.dport() : newPort);
        Nat.manipPkt(b, 0, after, manip);
        assertEquals(0, Checksum.compute(b, 0, Ipv4.HLEN), "IP header checksum stays valid");
        Nat.manipPkt(b, 0, before, manip);
        assertArrayEquals(orig, b);
    }
}
