package linnet.kernel.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** pneigh_hash of IPv4 keys (the bucket order of proxy dumps, recorded on the oracle). */
class PneighHashTest {
    @Test
    void buckets() {
        assertEquals(0, NeighTable.pneighHash(0xc000022c)); // 192.0.2.44
        assertEquals(4, NeighTable.pneighHash(0xc0000228)); // 192.0.2.40
        assertEquals(5, NeighTable.pneighHash(0xc0000229)); // 192.0.2.41
        assertEquals(6, NeighTable.pneighHash(0xc000022a)); // 192.0.2.42
    }
}
