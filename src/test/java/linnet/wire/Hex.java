package linnet.wire;

import java.util.HexFormat;

/** Test fixtures are written as hex so they can be checked against a packet dump by eye. */
final class Hex {
    private Hex() {}

    static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("\\s+", ""));
    }

    /** Fixture placed at {@code off} in a larger buffer, so offset handling is exercised too. */
    static byte[] at(int off, String hex) {
        byte[] raw = bytes(hex);
        byte[] b = new byte[off + raw.length + 7];
        java.util.Arrays.fill(b, (byte) 0xa5);
        System.arraycopy(raw, 0, b, off, raw.length);
        return b;
    }

    static String str(byte[] b, int off, int len) {
        return HexFormat.of().formatHex(b, off, off + len);
    }
}
