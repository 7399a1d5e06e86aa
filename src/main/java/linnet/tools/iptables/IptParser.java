package linnet.tools.iptables;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.netfilter.IpEntry;

/**
 * do_parse of iptables 1.8.9 (xshared.c): getopt_long over the built-in options and those of the
 * loaded extensions, in command-line order; "!" before an option inverts it; an unknown option
 * after -p PROTO loads the protocol's match implicitly and is tried again; long options may be
 * abbreviated to a unique prefix, as getopt_long allows.
 */
final class IptParser {
    /** Built-in long options: name, the short letter it stands for, argument (0 none, 1 required, 2 optional). */
    private static final Object[][] LONG = {{"append", 'A', 1}, {"delete", 'D', 1}, {"check", 'C', 1},
        {"insert", 'I', 1}, {"replace", 'R', 1}, {"list", 'L', 2}, {"list-rules", 'S', 2}, {"flush", 'F', 2},
        {"zero", 'Z', 2}, {"new-chain", 'N', 1}, {"delete-chain", 'X', 2}, {"rename-chain", 'E', 1},
        {"policy", 'P', 1}, {"source", 's', 1}, {"destination", 'd', 1}, {"src", 's', 1}, {"dst", 'd', 1},
        {"protocol", 'p', 1}, {"in-interface", 'i', 1}, {"jump", 'j', 1}, {"table", 't', 1}, {"match", 'm', 1},
        {"numeric", 'n', 0}, {"out-interface", 'o', 1}, {"verbose", 'v', 0}, {"wait", 'w', 2},
        {"wait-interval", 'W', 2}, {"exact", 'x', 0}, {"fragments", 'f', 0}, {"version", 'V', 0},
        {"help", 'h', 2}, {"line-numbers", '0', 0}, {"modprobe", 'M', 1}, {"set-counters", 'c', 1},
        {"goto", 'g', 1}, {"ipv4", '4', 0}, {"ipv6", '6', 0}};
    private static final String SHORT_REQ = "ACDRINEPopsdjitmgcM";
    private static final String SHORT_OPT = "LSFZXwWh";
    private static final String SHORT_NONE = "nvxfV46";

    private final List<String> argv;
    private int optind;
    private final Command c = new Command();
    private boolean invert;
    /** Extensions in load order; an extension before the last -m is "completed". */
    private final List<Ext> loaded = new ArrayList<>();
    private int completedUpTo;

    private IptParser(List<String> argv) { this.argv = argv; }

    static Command parse(List<String> argv) { return new IptParser(argv).run(); }

    /** The same, printing extension warnings to {@code warn} as they are parsed. */
    static Command parse(List<String> argv, java.io.PrintStream warn) {
        IptParser p = new IptParser(argv);
        p.c.rule.warn = warn;
        return p.run();
    }

    /** Parses with a table already chosen (iptables-restore lines). */
    static Command parse(List<String> argv, String table) { return parse(argv, table, null); }

    static Command parse(List<String> argv, String table, java.io.PrintStream warn) {
        IptParser p = new IptParser(argv);
        p.c.table = table;
        p.c.rule.warn = warn;
        return p.run();
    }

    private Command run() {
        while (optind < argv.size()) {
            String a = argv.get(optind++);
            if (a.startsWith("--") && a.length() > 2) {
                longOption(a);
            } else if (a.startsWith("-") && a.length() > 1) {
                shortOptions(a);
            } else if (a.equals("!")) {
                if (invert) throw IptError.param("multiple consecutive ! not allowed");
                invert = true;
            } else {
                throw IptError.badArgument("Bad argument `" + a + "'");
            }
        }
        // The checks after the option loop of do_parse, in its order.
        if (c.table.equals("nat") && (c.rule.jumpto.equals("DROP") || (c.command == Command.SET_POLICY && "DROP".equals(c.arg2))))
            throw IptError.param("\nThe \"nat\" table is not intended for filtering, the use of DROP is therefore "
                    + "inhibited.\n\n");
        for (Ext e : loaded) e.finalCheck(c.rule);
        if (c.command == 0) throw IptError.param("no command specified");
        if (invert) throw IptError.param("nothing appropriate following !");
        if (c.command == Command.REPLACE && ((c.rule.srcs != null && c.rule.srcs.size() != 1)
                || (c.rule.dsts != null && c.rule.dsts.size() != 1)))
            throw IptError.param("Replacement rule does not specify a unique address");
        genericOptCheck(c.command, c.options);
        if (c.chain != null && c.chain.length() >= 29)
            throw IptError.param("chain name `" + c.chain + "' too long (must be under 29 chars)");
        int ruleCmds = Command.APPEND | Command.DELETE | Command.DELETE_NUM | Command.CHECK | Command.INSERT | Command.REPLACE;
        if ((c.command & ~ruleCmds) == 0 && c.chain != null) {
            // do_parse: incoming packets have no output interface yet, outgoing ones no input interface.
            if ((c.chain.equals("PREROUTING") || c.chain.equals("INPUT")) && (c.options & Command.OPT_VIANAMEOUT) != 0)
                throw IptError.param("Can't use -o with " + c.chain + "\n");
            if ((c.chain.equals("POSTROUTING") || c.chain.equals("OUTPUT")) && (c.options & Command.OPT_VIANAMEIN) != 0)
                throw IptError.param("Can't use -i with " + c.chain + "\n");
        }
        c.resolve();
        return c;
    }

    /**
     * commands_v_options of xshared.c: for each option given, 'x' in every given command's row makes
     * it illegal ("Illegal option `-j' with this command"); columns -n -s -d -p -j -v -x -i -o
     * --line-numbers -c -f, rows in CMD_* bit order.
     */
    private static final String[] COMMANDS_V_OPTIONS = {
        /*INSERT*/     "x     x  x  ",
        /*DELETE*/     "x     x  xx ",
        /*DELETE_NUM*/ "xxxxx xxxxxx",
        /*REPLACE*/    "x     x  x  ",
        /*APPEND*/     "x     x  x  ",
        /*LIST*/       " xxxx  xx xx",
        /*FLUSH*/      "xxxxx xxxxxx",
        /*ZERO*/       "xxxxx xxxxxx",
        /*NEW_CHAIN*/  "xxxxx xxxxxx",
        /*DEL_CHAIN*/  "xxxxx xxxxxx",
        /*SET_POLICY*/ "xxxxx xxxx x",
        /*RENAME*/     "xxxxx xxxxxx",
        /*LIST_RULES*/ "xxxxx xxxxxx",
        /*ZERO_NUM*/   "xxxxx xxxxxx",
        /*CHECK*/      "x     x  xx ",
    };

    /** generic_opt_check: an option is legal when any of the given commands allows it. */
    static void genericOptCheck(int command, int options) {
        for (int i = 0; i < Command.OPT_CHARS.length(); i++) {
            if ((options & (1 << i)) == 0) continue;
            int legal = 0;
            for (int j = 0; j < COMMANDS_V_OPTIONS.length; j++) {
                if ((command & (1 << j)) == 0) continue;
                if (COMMANDS_V_OPTIONS[j].charAt(i) != 'x') legal = 1;
                else if (legal == 0) legal = -1;
            }
            if (legal == -1)
                throw IptError.param("Illegal option `-" + Command.OPT_CHARS.charAt(i) + "' with this command");
        }
    }

    // ------------------------------------------------------------------ getopt

    private void shortOptions(String a) {
        for (int i = 1; i < a.length(); i++) {
            char ch = a.charAt(i);
            if (SHORT_REQ.indexOf(ch) >= 0) {
                String arg;
                if (i + 1 < a.length()) arg = a.substring(i + 1);
                else if (optind < argv.size()) arg = argv.get(optind++);
                else throw IptError.param("option \"" + a + "\" requires an argument");
                option(ch, arg, "-" + ch);
                return;
            }
            if (SHORT_OPT.indexOf(ch) >= 0) {
                option(ch, i + 1 < a.length() ? a.substring(i + 1) : null, "-" + ch);
                return;
            }
            if (SHORT_NONE.indexOf(ch) >= 0) {
                option(ch, null, "-" + ch);
                continue;
            }
            unknown(a);
            return;
        }
    }

    private void longOption(String a) {
        String name = a.substring(2), arg = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
            arg = name.substring(eq + 1);
            name = name.substring(0, eq);
        }
        // Exact matches first, then a unique prefix (getopt_long); built-in options and loaded extensions.
        Object[] builtin = null;
        Ext ext = null;
        Ext.Opt extOpt = null;
        int hits = 0;
        for (Object[] o : LONG) if (o[0].equals(name)) { builtin = o; hits = 1; }
        if (builtin == null) {
            for (Ext e : loaded) for (Ext.Opt o : e.options()) if (o.name().equals(name)) { ext = e; extOpt = o; hits = 1; }
        }
        if (hits == 0) {
            for (Object[] o : LONG) if (((String) o[0]).startsWith(name)) { builtin = o; hits++; }
            for (Ext e : loaded)
                for (Ext.Opt o : e.options()) if (o.name().startsWith(name)) { ext = e; extOpt = o; hits++; }
            if (hits > 1) {
                unknown(a);
                return;
            }
        }
        if (hits == 0) {
            unknown(a);
            return;
        }
        if (builtin != null && ext == null) {
            int kind = (Integer) builtin[2];
            if (kind == 1 && arg == null) {
                if (optind >= argv.size()) throw IptError.param("option \"" + a + "\" requires an argument");
                arg = argv.get(optind++);
            }
            option((Character) builtin[1], arg, a);
            return;
        }
        if (extOpt.hasArg() && arg == null) {
            if (optind >= argv.size()) throw IptError.param("option \"" + a + "\" requires an argument");
            arg = argv.get(optind++);
        }
        for (int k = ext.extraArgs(extOpt.name()); k > 0; k--) {
            if (optind >= argv.size() || argv.get(optind).startsWith("-") || argv.get(optind).startsWith("!"))
                throw IptError.param("--" + extOpt.name() + " requires two args.");
            arg = arg + " " + argv.get(optind++);
        }
        int idx = loaded.indexOf(ext);
        if (idx < completedUpTo && !(ext instanceof TargetExt)) {
            unknown(a);
            return;
        }
        extOption(ext, extOpt, arg);
    }

    private void extOption(Ext ext, Ext.Opt o, String arg) {
        if (invert && !o.invertible())
            throw IptError.param(ext.name() + ": option \"--" + o.name() + "\" cannot be inverted.\n");
        if (!o.multi() && !ext.seen.add(o.name()))
            throw IptError.param(ext.name() + ": option \"--" + o.name() + "\" can only be used once.\n");
        boolean inv = invert;
        invert = false;
        ext.parse(o.name(), arg, inv, c.rule);
    }

    /** command_default: an option nobody claimed; after -p PROTO the protocol's match is loaded and asked. */
    private void unknown(String a) {
        RuleSpec r = c.rule;
        String proto = r.protoMatchName();
        if (proto != null && !r.protoUsed) {
            MatchExt m = Extensions.match(proto);
            if (m != null) {
                r.protoUsed = true;
                r.matches.add(m);
                loaded.add(m);
                optind--;
                return;
            }
        }
        throw IptError.param("unknown option \"" + a + "\"");
    }

    // ------------------------------------------------------------------ the built-in options

    private static final String INVERTIBLE = "sdpiof";

    /** set_option: each option once; "!" only before the invertible ones (-s -d -p -i -o -f). */
    private void setOption(char ch) {
        int bit = 1 << Command.OPT_CHARS.indexOf(ch);
        if ((c.options & bit) != 0) throw IptError.param("multiple -" + ch + " flags not allowed");
        c.options |= bit;
        if (invert && INVERTIBLE.indexOf(ch) < 0) throw IptError.param("cannot have ! before -" + ch);
    }

    private boolean hasArg() {
        return optind < argv.size() && !argv.get(optind).startsWith("-") && !argv.get(optind).startsWith("!");
    }

    /** add_command: a second command is refused unless the first allows it ("Cannot use -S with -L"). */
    private void addCommand(int newcmd, int othercmds) {
        if (invert) throw IptError.param("unexpected '!' flag");
        if ((c.command & ~othercmds) != 0)
            throw IptError.param("Cannot use -" + Command.cmd2char(newcmd) + " with -"
                    + Command.cmd2char(c.command & ~othercmds));
        c.command |= newcmd;
    }

    /** An optional chain argument: attached, or the next word unless it looks like an option. */
    private String optionalArg(String arg) {
        return arg != null ? arg : hasArg() ? argv.get(optind++) : null;
    }

    /** sscanf("%llu"): leading digits of an unsigned 64-bit number; null when there are none. */
    static Long parseU64(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
        if (j == i) return null;
        try {
            return Long.parseUnsignedLong(s.substring(i, j));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static int ruleNumber(String s) {
        Integer n = Names.parseUInt(s, 1, Integer.MAX_VALUE);
        if (n == null) throw IptError.param("Invalid rule number `" + s + "'");
        return n;
    }

    private void option(char ch, String arg, String spelled) {
        RuleSpec r = c.rule;
        switch (ch) {
            case 'A' -> {
                addCommand(Command.APPEND, 0);
                c.chain = arg;
            }
            case 'C' -> {
                addCommand(Command.CHECK, 0);
                c.chain = arg;
            }
            case 'N' -> {
                IptExec.checkChainName(arg);
                addCommand(Command.NEW_CHAIN, 0);
                c.chain = arg;
            }
            case 'D' -> {
                addCommand(Command.DELETE, 0);
                c.chain = arg;
                if (hasArg()) {
                    c.rulenum = ruleNumber(argv.get(optind++));
                    c.command = Command.DELETE_NUM;
                }
            }
            case 'R' -> {
                addCommand(Command.REPLACE, 0);
                c.chain = arg;
                if (!hasArg()) throw IptError.param("-R requires a rule number");
                c.rulenum = ruleNumber(argv.get(optind++));
            }
            case 'I' -> {
                addCommand(Command.INSERT, 0);
                c.chain = arg;
                c.rulenum = hasArg() ? ruleNumber(argv.get(optind++)) : 1;
            }
            case 'L', 'S' -> {
                addCommand(ch == 'L' ? Command.LIST : Command.LIST_RULES, Command.ZERO | Command.ZERO_NUM);
                String chain = optionalArg(arg);
                if (chain != null) c.chain = chain;
                if (hasArg()) c.rulenum = ruleNumber(argv.get(optind++));
            }
            case 'Z' -> {
                addCommand(Command.ZERO, Command.LIST | Command.LIST_RULES);
                String chain = optionalArg(arg);
                if (chain != null) c.chain = chain;
                if (hasArg()) {
                    // do_parse replaces the whole command word here: "-L -Z CHAIN N" only zeroes rule N.
                    c.rulenum = ruleNumber(argv.get(optind++));
                    c.command = Command.ZERO_NUM;
                }
            }
            case 'F' -> {
                addCommand(Command.FLUSH, 0);
                String chain = optionalArg(arg);
                if (chain != null) c.chain = chain;
            }
            case 'X' -> {
                addCommand(Command.DELETE_CHAIN, 0);
                String chain = optionalArg(arg);
                if (chain != null) c.chain = chain;
            }
            case 'E' -> {
                addCommand(Command.RENAME_CHAIN, 0);
                c.chain = arg;
                if (!hasArg()) throw IptError.param("-E requires old-chain-name and new-chain-name");
                c.arg2 = argv.get(optind++);
            }
            case 'P' -> {
                addCommand(Command.SET_POLICY, 0);
                c.chain = arg;
                if (!hasArg()) throw IptError.param("-P requires a chain and a policy");
                c.arg2 = argv.get(optind++);
            }
            case 'p' -> {
                setOption('p');
                if (invert) r.invFlags |= IpEntry.INV_PROTO;
                invert = false;
                r.proto = Names.parseProtocol(arg);
                r.protoGiven = true;
                if (r.proto == 0 && (r.invFlags & IpEntry.INV_PROTO) != 0)
                    throw IptError.param("rule would never match protocol");
            }
            case 's', 'd' -> {
                setOption(ch);
                boolean inv = invert;
                invert = false;
                List<int[]> all = new ArrayList<>();
                for (String one : arg.split(",", -1)) all.add(Names.parseAddrMask(one));
                int[] am = all.get(0);
                if (ch == 's') {
                    r.src = am[0];
                    r.srcMask = am[1];
                    r.srcs = all;
                    if (inv) r.invFlags |= IpEntry.INV_SRCIP;
                } else {
                    r.dst = am[0];
                    r.dstMask = am[1];
                    r.dsts = all;
                    if (inv) r.invFlags |= IpEntry.INV_DSTIP;
                }
            }
            case 'i', 'o' -> {
                setOption(ch);
                boolean inv = invert;
                invert = false;
                String name = Iface.parse(arg);
                if (ch == 'i') {
                    r.inIface = name;
                    if (inv) r.invFlags |= IpEntry.INV_VIA_IN;
                } else {
                    r.outIface = name;
                    if (inv) r.invFlags |= IpEntry.INV_VIA_OUT;
                }
            }
            case 'f' -> {
                setOption('f');
                if (invert) r.invFlags |= IpEntry.INV_FRAG;
                invert = false;
                r.fragment = true;
            }
            case 'j', 'g' -> {
                setOption('j');
                invert = false;
                target(arg, ch == 'g');
            }
            case 'm' -> {
                if (invert) throw IptError.param("unexpected ! flag before --match");
                MatchExt m = Extensions.match(arg);
                if (m == null) throw IptError.param("Couldn't load match `" + arg + "':No such file or directory\n");
                completedUpTo = loaded.size();
                r.matches.add(m);
                loaded.add(m);
                if (arg.equals(r.protoMatchName())) r.protoUsed = true;
            }
            case 't' -> {
                if (invert) throw IptError.param("unexpected ! flag before --table");
                c.table = arg;
            }
            case 'n' -> {
                setOption('n');
                c.numeric = true;
            }
            case 'v' -> {
                if (!c.verbose) setOption('v');
                c.verbose = true;
            }
            case 'x' -> {
                setOption('x');
                c.exact = true;
            }
            case '0' -> {
                setOption('0');
                c.lineNumbers = true;
            }
            case 'c' -> {
                setOption('c');
                // "-c PKTS,BYTES" or "-c PKTS BYTES".
                String pcnt = arg, bcnt = null;
                int comma = arg.indexOf(',', 1);
                if (comma >= 0) {
                    pcnt = arg.substring(0, comma);
                    bcnt = arg.substring(comma + 1);
                } else if (hasArg()) {
                    bcnt = argv.get(optind++);
                }
                if (bcnt == null) throw IptError.param("-c requires packet and byte counter");
                Long pk = parseU64(pcnt), by = parseU64(bcnt);
                if (pk == null) throw IptError.param("-c packet counter not numeric");
                if (by == null) throw IptError.param("-c byte counter not numeric");
                c.counters = new long[] {pk, by};
            }
            case 'w', 'W', '4', 'M' -> {
                if ((ch == 'w' || ch == 'W') && arg == null && hasArg()) optind++;
            }
            // do_parse prints the version (or the help) itself and exits 0
            case 'V' -> throw IptError.exit0(invert ? "Not 1.8.9 (nf_tables) ;-)\n" : "iptables v1.8.9 (nf_tables)\n");
            case 'h' -> throw IptError.exit0(help());
            case '6' -> throw IptError.param("This is the IPv4 version of iptables.");
            default -> throw IptError.param("unknown option \"" + spelled + "\"");
        }
    }

    /** exit_printhelp: the command summary (the same text for every table). */
    private static String help() {
        try (java.io.InputStream in = IptParser.class.getResourceAsStream("/linnet/tools/iptables-help.txt")) {
            return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private void target(String name, boolean isGoto) {
        RuleSpec r = c.rule;
        if (name.isEmpty()) throw IptError.param("Invalid target name (too short)");
        if (name.length() >= 29) throw IptError.param("Invalid target name `" + name + "' (28 chars max)");
        for (int i = 0; i < name.length(); i++)
            if (Character.isWhitespace(name.charAt(i))) throw IptError.param("Invalid target name `" + name + "'");
        r.jumpto = name;
        r.isGoto = isGoto;
        TargetExt t = isGoto ? null : Extensions.target(name);
        if (t != null) {
            r.target = t;
            loaded.add(t);
        }
    }
}
