package linnet.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class RngTest {
    private static List<Long> macs(long seed, int n) {
        Rng r = new Rng(seed);
        List<Long> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add(r.randomMac());
        return l;
    }

    @Property(tries = 100)
    void sameSeedGivesTheSameMacSequence(@ForAll long seed) {
        assertEquals(macs(seed, 20), macs(seed, 20));
    }

    @Property(tries = 100)
    void sameSeedGivesTheSameInterleavedSequence(@ForAll long seed) {
        Rng a = new Rng(seed), b = new Rng(seed);
        for (int i = 0; i < 10; i++) {
            assertEquals(a.nextInt(1000), b.nextInt(1000));
            assertEquals(a.randomMac(), b.randomMac());
            assertEquals(a.nextLong(), b.nextLong());
            assertEquals(a.nextInt(5, 9), b.nextInt(5, 9));
        }
    }

    @Property(tries = 300)
    void macsAreUnicastLocallyAdministered48Bit(@ForAll long seed) {
        Rng r = new Rng(seed);
        for (int i = 0; i < 16; i++) {
            long m = r.randomMac();
            assertEquals(0, m >>> 48, "only 48 bits");
            int firstOctet = (int) (m >>> 40) & 0xff;
            assertEquals(0, firstOctet & 0x01, "I/G bit (multicast) must be clear: " + Long.toHexString(m));
            assertEquals(0x02, firstOctet & 0x02, "U/L bit (locally administered) must be set: " + Long.toHexString(m));
        }
    }

    @Test
    void differentSeedsGiveDifferentMacs() {
        assertNotEquals(macs(1, 4), macs(2, 4));
        HashSet<Long> firsts = new HashSet<>();
        for (long s = 0; s < 50; s++) firsts.add(macs(s, 1).get(0));
        assertEquals(50, firsts.size());
    }

    @Property(tries = 100)
    void nextIntStaysInBounds(@ForAll long seed) {
        Rng r = new Rng(seed);
        for (int i = 0; i < 50; i++) {
            int v = r.nextInt(7);
            assertTrue(v >= 0 && v < 7);
            int w = r.nextInt(32768, 61000);
            assertTrue(w >= 32768 && w < 61000);
        }
    }
}
