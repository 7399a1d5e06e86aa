package linnet.tools.iptables;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import linnet.kernel.netfilter.XtMatch;
import linnet.kernel.netfilter.xt.StringMatch;

/** `-m string [!] --string S | --hex-string H --algo bm|kmp [--from N] [--to N] [--icase]` (libxt_string). */
final class StringExt extends MatchExt {
    private byte[] pattern;
    private String algo;
    private int from, to = 65535;
    private boolean invert, icase;

    @Override
    String name() { return "string"; }

    @Override
    List<Opt> options() {
        return List.of(Opt.argNoInv("from"), Opt.argNoInv("to"), Opt.argNoInv("algo"), Opt.arg("string"),
                Opt.arg("hex-string"), new Opt("icase", false, false, false));
    }

    @Override
    void parse(String opt, String arg, boolean inv, RuleSpec r) {
        switch (opt) {
            case "from" -> from = (int) MarkMatchExt.parseU32Opt(arg, "string", opt);
            case "to" -> to = (int) MarkMatchExt.parseU32Opt(arg, "string", opt);
            case "algo" -> algo = arg;
            case "string" -> {
                pattern = arg.getBytes(StandardCharsets.ISO_8859_1);
                if (pattern.length > 128) throw IptError.param("STRING too long `" + arg + "'");
                invert = inv;
            }
            case "hex-string" -> {
                pattern = parseHex(arg);
                invert = inv;
            }
            default -> icase = true;
        }
    }

    /** parse_hex_string: text with |hex bytes| runs (blanks allowed inside the pipes). */
    private static byte[] parseHex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean hex = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '|') {
                hex = !hex;
                continue;
            }
            if (hex) {
                if (c == ' ') continue;
                if (i + 1 >= s.length() || Character.digit(c, 16) < 0 || Character.digit(s.charAt(i + 1), 16) < 0)
                    throw IptError.param("Invalid hex char at offset " + i + " in string `" + s + "'");
                out.write(Integer.parseInt(s.substring(i, i + 2), 16));
                i++;
            } else {
                out.write(c);
            }
        }
        if (hex) throw IptError.param("Invalid hex string `" + s + "'");
        return out.toByteArray();
    }

    @Override
    void finalCheck(RuleSpec r) {
        if (pattern == null) throw IptError.param("STRING match: You must specify `--string' or `--hex-string'");
        if (algo == null) throw mandatory("algo");
    }

    @Override
    XtMatch build(RuleSpec r) { return new StringMatch(pattern, algo, from, to, invert, icase); }

    /** is_hex_string: any byte that is not printable (or a quote/backslash) makes it a hex string. */
    private static boolean isHex(byte[] p) {
        for (byte c : p) {
            int v = c & 0xff;
            if (v < 0x20 || v > 0x7e || v == '"' || v == '\\') return true;
        }
        return false;
    }

    private static void pattern(StringBuilder sb, byte[] p) {
        if (isHex(p)) {
            sb.append("\"|");
            for (byte c : p) sb.append(String.format("%02x", c & 0xff));
            sb.append("|\"");
        } else {
            sb.append('"').append(new String(p, StandardCharsets.ISO_8859_1)).append('"');
        }
    }

    @Override
    void print(XtMatch m, boolean numeric, StringBuilder sb) {
        StringMatch s = (StringMatch) m;
        sb.append(" STRING match ").append(s.invert() ? "!" : "").append(' ');
        pattern(sb, s.pattern());
        sb.append(" ALGO name ").append(s.algo());
        if (s.from() != 0) sb.append(" FROM ").append(s.from());
        if (s.to() != 65535) sb.append(" TO ").append(s.to());
        if (s.icase()) sb.append(" ICASE");
    }

    @Override
    void save(XtMatch m, StringBuilder sb) {
        StringMatch s = (StringMatch) m;
        sb.append(s.invert() ? " !" : "").append(isHex(s.pattern()) ? " --hex-string " : " --string ");
        pattern(sb, s.pattern());
        sb.append(" --algo ").append(s.algo());
        if (s.from() != 0) sb.append(" --from ").append(s.from());
        if (s.to() != 65535) sb.append(" --to ").append(s.to());
        if (s.icase()) sb.append(" --icase");
    }
}
