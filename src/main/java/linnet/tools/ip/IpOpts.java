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
}
