package linnet.tools.tcpdump;

/** print-ascii.c: the -x/-X/-A dumps and the default print of unknown payloads. */
final class PrintHex {
    private PrintHex() {}

    /** hex_print_with_offset: "\n\t0x0000:  4500 0030 ..." sixteen bytes a line. */
    static void hexPrint(StringBuilder sb, String ident, byte[] b, int o, int len, int oset) {
        for (int i = 0; i < len; i++) {
            if (i % 16 == 0) sb.append(ident).append(String.format("0x%04x: ", oset + i));
            if (i % 2 == 0) sb.append(' ');
            sb.append(String.format("%02x", b[o + i] & 0xff));
        }
    }

    /** hex_and_ascii_print: the same with the printable bytes beside, '.' for the others. */
    static void hexAndAsciiPrint(StringBuilder sb, String ident, byte[] b, int o, int len) {
        for (int line = 0; line < len; line += 16) {
            int n = Math.min(16, len - line);
            StringBuilder hex = new StringBuilder(), ascii = new StringBuilder();
            for (int i = 0; i < n; i++) {
                int c = b[o + line + i] & 0xff;
                if (i % 2 == 0) hex.append(' ');
                hex.append(String.format("%02x", c));
                ascii.append(c > 0x20 && c < 0x7f ? (char) c : '.');
            }
            sb.append(ident).append(String.format("0x%04x: ", line)).append(String.format("%-40s", hex)).append("  ").append(ascii);
        }
    }

    /** ascii_print (-A): the bytes as text, the unprintable ones as '.', newlines kept. */
    static void asciiPrint(StringBuilder sb, byte[] b, int o, int len) {
        sb.append('\n');
        for (int i = 0; i < len; i++) {
            int c = b[o + i] & 0xff;
            if (c == '\r') {
                if (len - i - 1 > 1 && b[o + i + 1] != '\n') sb.append('.');
            } else if ((c > 0x20 && c < 0x7f) || c == '\t' || c == ' ' || c == '\n') {
                sb.append((char) c);
            } else sb.append('.');
        }
    }

    /** ndo_default_print: the undecoded rest as hex and text, unless a -x/-X/-A dump shows it anyway. */
    static void defaultPrint(Ndo nd, byte[] b, int o, int len) {
        if (len <= 0 || nd.xflag != 0 || nd.Xflag != 0 || nd.Aflag != 0) return;
        hexAndAsciiPrint(nd.out, "\n\t", b, o, len);
    }
}
