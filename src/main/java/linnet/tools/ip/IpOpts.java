package linnet.tools.ip;

/** ip's global options (-4/-6, -s, -d, -br, -o, -j, -p, -n). */
final class IpOpts {
    int family; // 0 any, 2 inet, 10 inet6
    int stats;
    int details;
    boolean brief;
    boolean oneline;
    boolean json;
    boolean pretty;
    boolean all;
    /** -c / -color[=always]: ANSI colors in text output. */
    boolean color;
    /**
     * rtnl_set_strict_dump: the kernel checks a dump request's header and filters (an unknown
     * table is an error). ip sets it for one command, not for -batch.
     */
    boolean strictDump = true;
    /** -Numeric: numbers, not names from /etc/iproute2. */
    boolean numeric;
    /** The names databases of this ip process (read once, shared by the lines of a batch). */
    RtNames names;

    /** The options a batch line starts from: the command line's, whatever the previous line did. */
    IpOpts copy() {
        IpOpts c = new IpOpts();
        c.family = family;
        c.stats = stats;
        c.details = details;
        c.brief = brief;
        c.oneline = oneline;
        c.json = json;
        c.pretty = pretty;
        c.all = all;
        c.color = color;
        c.strictDump = strictDump;
        c.numeric = numeric;
        c.names = names;
        return c;
    }
}
