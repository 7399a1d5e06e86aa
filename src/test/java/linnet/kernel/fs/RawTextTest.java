package linnet.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawTextTest {
    @Test
    void everyByteSurvivesARoundTrip() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) all[i] = (byte) i;
        assertArrayEquals(all, RawText.encode(RawText.decode(all)));
        byte[] mixed = {0x24, 0x12, 0x31, 0x45, (byte) 0xcd, (byte) 0xa3, (byte) 0xc3, (byte) 0xa9, (byte) 0xed, (byte) 0xa0, (byte) 0x80};
        assertArrayEquals(mixed, RawText.encode(RawText.decode(mixed)));
    }

    @Test
    void textIsItsCharacters() {
        String s = "h\u00e9llo \u20ac \ud83d\ude00\n";
        assertEquals(s, RawText.decode(s.getBytes(StandardCharsets.UTF_8)));
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), RawText.encode(s));
    }
}
