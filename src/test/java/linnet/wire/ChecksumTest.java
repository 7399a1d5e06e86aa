package linnet.wire;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ChecksumTest {
    @Test
    void rfc1071Example() {
        // RFC 1071 section 3: these words sum to 0xddf2 (with end-around carry).
        byte[] b = Hex.bytes("0001f203f4f5f6f7");
        assertEquals(0xddf2, Checksum.sum(b, 0, b.length, 0));
        assertEquals(0x220d, Checksum.compute(b, 0, b.length));
    }

    @Test
    void knownIpv4Header() {
        // Widely published sample header whose checksum is 0xb861.
        byte[] b = Hex.bytes("4500 0073 0000 4000 4011 0000 c0a8 0001 c0a8 00c7");
        assertEquals(0xb861, Checksum.compute(b, 0, 20));
        b[10] = (byte) 0xb8;
        b[11] = 0x61;
        assertEquals(0, Checksum.compute(b, 0, 20));
    }

    @Test
    void oddLengthPadsLowByte() {
        assertEquals(0xab00, Checksum.sum(new byte[] {(byte) 0xab}, 0, 1, 0));
        assertEquals(0x0102 + 0x0300, Checksum.sum(new byte[] {9, 1, 2, 3, 9}, 1, 3, 0));
    }

    @Test
    void chainsAndFolds() {
        byte[] b = Hex.bytes("ffff ffff 0001");
        assertEquals(0xffff, Checksum.sum(b, 0, 4, 0));
        assertEquals(0x0001, Checksum.sum(b, 0, 6, 0)); // 0xffff + 1 wraps around to 1
        assertEquals(Checksum.sum(b, 0, 6, 0), Checksum.sum(b, 4, 2, Checksum.sum(b, 0, 4, 0)));
        assertEquals(0xffff, Checksum.fold(0));
        assertEquals(0x0000, Checksum.fold(0xffff));
        assertEquals(~(0x1234 + 0x0001) & 0xffff, Checksum.fold(0x0001_1234));
        assertEquals(0x0000, Checksum.fold(0xffff_ffff)); // 0xffff + 0xffff -> 0x1fffe -> 0xffff
        // An initial accumulator with the top bit set must be treated as unsigned.
        // 0x8000 + 0x8001 = 0x10001 -> 0x0002.
        assertEquals(0x0002, foldRef(Checksum.sum(new byte[0], 0, 0, 0x8000_8001)));
        assertEquals(0xffff, Checksum.sum(new byte[0], 0, 0, 0xffff_ffff)); // 0xffff+0xffff folds to 0xffff
    }

    @Test
    void pseudoHeader() {
        // 10.0.0.1 -> 10.0.0.2, UDP, length 13: 0a00+0001+0a00+0002+0011+000d
        assertEquals(0x0a00 + 0x0001 + 0x0a00 + 0x0002 + 17 + 13,
                Checksum.pseudoHeaderSum(Inet4.parse("10.0.0.1"), Inet4.parse("10.0.0.2"), 17, 13));
        // Carries fold: ffff+ffff+ffff+ffff+ff+ffff
        int s = Checksum.pseudoHeaderSum(-1, -1, 0xff, 0xffff);
        assertEquals(foldRef(0xffff * 5 + 0xff), foldRef(s));
    }

    @Test
    void incrementalMatchesKernelTtlDecrement() {
        // ip_decrease_ttl: TTL 64 -> 63 in the sample header adds 0x0100 to the checksum.
        assertEquals(0xb961, Checksum.update16(0xb861, 0x4011, 0x3f11));
        assertEquals(0xb861, Checksum.update16(0xb961, 0x3f11, 0x4011));
        // A 32-bit change equals two 16-bit ones.
        int c = Checksum.update32(0xb861, 0xc0a8_0001, 0x0a00_0001);
        assertEquals(Checksum.update16(Checksum.update16(0xb861, 0xc0a8, 0x0a00), 0x0001, 0x0001), c);
        byte[] b = Hex.bytes("4500 0073 0000 4000 4011 b861 0a00 0001 c0a8 00c7");
        assertEquals(Checksum.compute(withZeroChecksum(b), 0, 20), c);
    }

    private static byte[] withZeroChecksum(byte[] b) {
        byte[] c = b.clone();
        c[10] = 0;
        c[11] = 0;
        return c;
    }

    // Full end-around fold without complement, to compare accumulators by value.
    private static int foldRef(int s) {
        long v = s & 0xffff_ffffL;
        while ((v >>> 16) != 0) v = (v & 0xffff) + (v >>> 16);
        return (int) v;
    }
}
