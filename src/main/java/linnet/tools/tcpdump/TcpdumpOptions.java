package linnet.tools.tcpdump;

import java.util.ArrayList;
import java.util.List;

/** tcpdump.c's getopt_long loop: the options, their checks and error texts, the filter words. */
final class TcpdumpOptions {
    enum Direction { INOUT, IN, OUT }

    String device, readFile, writeFile, expression;
    int count, snaplen = 262144;
    int nflag, eflag, vflag, qflag, xflag, Xflag, Aflag, Sflag, tflag;
    boolean lineBuffered, packetBuffered, promisc = true, listDevices;
    Direction direction = Direction.INOUT;

    /** The run ends before capturing: text for stdout or stderr and the exit status. */
    static final class Exit extends Exception {
        final String text;
        final boolean stdout;
        final int status;

        Exit(String text, boolean stdout, int status) {
            super(null, null, false, false);
            this.text = text;
            this.stdout = stdout;
            this.status = status;
        }
    }

    static final String VERSION = """
            tcpdump version 4.99.3
            libpcap version 1.10.3 (with TPACKET_V3)
            OpenSSL 3.0.19 27 Jan 2026
            """;

    static final String USAGE = VERSION + """
            Usage: tcpdump [-AbdDefhHIJKlLnNOpqStuUvxX#] [ -B size ] [ -c count ] [--count]
            \t\t[ -C file_size ] [ -E algo:secret ] [ -F file ] [ -G seconds ]
            \t\t[ -i interface ] [ --immediate-mode ] [ -j tstamptype ]
            \t\t[ -M secret ] [ --number ] [ --print ] [ -Q in|out|inout ]
            \t\t[ -r file ] [ -s snaplen ] [ -T type ] [ --version ]
            \t\t[ -V file ] [ -w file ] [ -W filecount ] [ -y datalinktype ]
            \t\t[ --time-stamp-precision precision ] [ --micro ] [ --nano ]
            \t\t[ -z postrotate-command ] [ -Z user ] [ expression ]
            """;

    /** Options that take an argument (tcpdump's SHORTOPTS). */
    private static final String WITH_ARG = "BcCEFGiJjMmQrsTVwWyzZ";
    private static final String FLAGS = "aAbdDefhHIKlLnNOpqStuUvxXY#";

    static TcpdumpOptions parse(List<String> args) throws Exit {
        TcpdumpOptions o = new TcpdumpOptions();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                words.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (a.startsWith("--")) {
                String name = a.substring(2), val = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    val = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                switch (name) {
                    case "help" -> throw new Exit(USAGE, true, 0);
                    case "version" -> throw new Exit(VERSION, true, 0);
                    case "list-interfaces" -> o.listDevices = true;
                    case "immediate-mode", "number", "print", "micro", "nano", "no-promiscuous-mode" -> {
                        if (name.equals("no-promiscuous-mode")) o.promisc = false;
                    }
                    case "count" -> { }
                    case "interface", "snapshot-length", "direction", "time-stamp-precision", "time-stamp-type" -> {
                        if (val == null) {
                            if (i + 1 >= args.size()) throw new Exit("tcpdump: option '--" + name + "' requires an argument\n" + USAGE, false, 1);
                            val = args.get(++i);
                        }
                        if (name.equals("interface")) o.device = val;
                        else if (name.equals("snapshot-length")) option(o, 's', val);
                        else if (name.equals("direction")) option(o, 'Q', val);
                    }
                    default -> throw new Exit("tcpdump: unrecognized option '" + a + "'\n" + USAGE, false, 1);
                }
                continue;
            }
            if (!a.startsWith("-") || a.length() == 1) {
                words.add(a);
                continue;
            }
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                if (WITH_ARG.indexOf(c) >= 0) {
                    String v;
                    if (j + 1 < a.length()) v = a.substring(j + 1);
                    else if (i + 1 < args.size()) v = args.get(++i);
                    else throw new Exit("tcpdump: option requires an argument -- '" + c + "'\n" + USAGE, false, 1);
                    option(o, c, v);
                    break;
                }
                if (FLAGS.indexOf(c) < 0) throw new Exit("tcpdump: invalid option -- '" + c + "'\n" + USAGE, false, 1);
                switch (c) {
                    case 'A' -> o.Aflag++;
                    case 'D' -> o.listDevices = true;
                    case 'e' -> o.eflag++;
                    case 'h' -> throw new Exit(USAGE, true, 0);
                    case 'l' -> o.lineBuffered = true;
                    case 'n' -> o.nflag++;
                    case 'p' -> o.promisc = false;
                    case 'q' -> o.qflag++;
                    case 'S' -> o.Sflag++;
                    case 't' -> o.tflag++;
                    case 'U' -> o.packetBuffered = true;
                    case 'v' -> o.vflag++;
                    case 'x' -> o.xflag++;
                    case 'X' -> o.Xflag++;
                    default -> { }
                }
            }
        }
        if (o.tflag > 5) o.tflag = 5;
        if (!words.isEmpty()) o.expression = String.join(" ", words);
        return o;
    }

    private static void option(TcpdumpOptions o, char c, String v) throws Exit {
        switch (c) {
            case 'c' -> {
                Long n = strtol(v);
                if (n == null || n <= 0 || n > Integer.MAX_VALUE) throw new Exit("tcpdump: invalid packet count " + v + "\n", false, 1);
                o.count = (int) (long) n;
            }
            case 'i' -> o.device = v;
            case 'r' -> o.readFile = v;
            case 'w' -> o.writeFile = v;
            case 's' -> {
                Long n = strtol(v);
                if (n == null || n < 0 || n > 262144) throw new Exit("tcpdump: invalid snaplen " + v + "\n", false, 1);
                o.snaplen = n == 0 ? 262144 : (int) (long) n;
            }
            case 'Q' -> o.direction = switch (v) {
                case "in" -> Direction.IN;
                case "out" -> Direction.OUT;
                case "inout" -> Direction.INOUT;
                default -> throw new Exit("tcpdump: unknown capture direction `" + v + "'\n", false, 1);
            };
            default -> { }
        }
    }

    /** strtol(s, &end, 0) that must consume everything: leading blanks, a sign, decimal, 0x hex or 0 octal. */
    static Long strtol(String s) {
        String t = s.stripLeading();
        boolean neg = false;
        if (t.startsWith("-") || t.startsWith("+")) {
            neg = t.startsWith("-");
            t = t.substring(1);
        }
        int radix = 10;
        if (t.length() > 2 && (t.startsWith("0x") || t.startsWith("0X"))) {
            radix = 16;
            t = t.substring(2);
        } else if (t.length() > 1 && t.charAt(0) == '0') {
            radix = 8;
            t = t.substring(1);
        }
        if (t.isEmpty() || t.length() > 18) return null;
        for (int i = 0; i < t.length(); i++) if (Character.digit(t.charAt(i), radix) < 0) return null;
        long n = Long.parseLong(t, radix);
        return neg ? -n : n;
    }
}
