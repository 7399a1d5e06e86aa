package linnet.tools.ip;

import java.util.List;

/**
 * The words ip(8)'s parsers accept, read from their own tables, for the interactive shell's
 * completion: what `ip <TAB>`, `ip link <TAB>` and `ip link set DEV <TAB>` offer is exactly what
 * the parser dispatches on, never a second list that could drift from it.
 */
public final class IpWords {
    private IpWords() {}

    /** The global options ip's option loop takes (the long spellings). */
    public static List<String> options() { return Ip.OPTIONS; }

    /** Whether a global option takes a namespace name next (-n, -netns, --netns). */
    public static boolean takesNetns(String opt) {
        String o = opt.startsWith("--") ? opt.substring(1) : opt;
        return o.equals("-n") || o.equals("-netns");
    }

    /** The objects linnet emulates, in ip.c's order. */
    public static List<String> objects() {
        return Ip.OBJECTS.stream().filter(o -> o.run() != null).map(Ip.Obj::name).toList();
    }

    /** The commands of an object, given as typed (any prefix ip accepts); empty when unknown. */
    public static List<String> commands(String object) {
        String name = resolve(object);
        if (name == null) return List.of();
        return switch (name) {
            case "address" -> IpAddr.COMMANDS;
            case "route" -> IpRoute.COMMANDS;
            case "link" -> IpLink.COMMANDS;
            case "neighbour", "neighbor" -> IpNeigh.COMMANDS;
            case "netns" -> IpNetns.COMMANDS;
            case "rule" -> IpRule.COMMANDS;
            case "tuntap", "tap" -> IpTuntap.COMMANDS;
            default -> List.of();
        };
    }

    /** The object a typed word selects, as the dispatcher decides it (prefixes in table order); null if none. */
    public static String resolve(String typed) {
        for (Ip.Obj o : Ip.OBJECTS) {
            if (linnet.tools.common.Args.matches(typed, o.name())) return o.run() == null ? null : o.name();
        }
        return null;
    }

    /** The keywords of `ip link set DEV ...`. */
    public static List<String> linkSetKeywords() { return IpLink.SET_KEYWORDS; }

    /** Those of them that take no value (after any other one a value follows). */
    public static List<String> linkSetFlags() { return IpLink.SET_FLAGS; }
}
