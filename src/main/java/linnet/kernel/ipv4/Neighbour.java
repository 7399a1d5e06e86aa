package linnet.kernel.ipv4;

import java.util.ArrayDeque;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.sim.EventLoop;

/** One neighbour entry (struct neighbour): an IPv4 address on a device, its MAC and NUD state. */
public final class Neighbour {
    public static final int NUD_NONE = 0x00, NUD_INCOMPLETE = 0x01, NUD_REACHABLE = 0x02, NUD_STALE = 0x04,
            NUD_DELAY = 0x08, NUD_PROBE = 0x10, NUD_FAILED = 0x20, NUD_NOARP = 0x40, NUD_PERMANENT = 0x80;
    public static final int NUD_VALID = NUD_PERMANENT | NUD_NOARP | NUD_REACHABLE | NUD_PROBE | NUD_STALE | NUD_DELAY;
    public static final int NUD_CONNECTED = NUD_PERMANENT | NUD_NOARP | NUD_REACHABLE;
    public static final int NUD_IN_TIMER = NUD_INCOMPLETE | NUD_REACHABLE | NUD_DELAY | NUD_PROBE;
    /** Neighbour flags NTF_*. */
    public static final int NTF_ROUTER = 0x80, NTF_PROXY = 0x08, NTF_EXT_LEARNED = 0x10;

    public final int key;
    public final NetDevice dev;
    public long lladdr;
    public boolean hasLladdr;
    public int state = NUD_NONE;
    public int flags;
    /** Probes sent in the current resolution round. */
    int probes;
    /** Virtual times (ns) of the last confirmation, last use, last update. */
    long confirmed, used, updated;
    /** Reference count the kernel would hold (routes/sockets); shown as "ref" by ip -s neigh. */
    int refcnt = 1;
    EventLoop.Timer timer;

    /** NDA_PROBES: the neighbour's probe counter. */
    public int probes() { return probes; }

    /** Virtual times (ns) of the last use, confirmation and update (NDA_CACHEINFO's base). */
    public long used() { return used; }
    public long confirmed() { return confirmed; }
    public long updated() { return updated; }

    /** refcount_read(&neigh->refcnt): the table's reference plus the one an armed timer holds (neigh_add_timer). */
    public int refcnt() { return refcnt + (timer != null ? 1 : 0); }
    final ArrayDeque<SkBuff> arpQueue = new ArrayDeque<>();
    /** Whether the entry was created by a user (ip neigh add), which keeps it from garbage collection. */
    boolean dead;

    Neighbour(int key, NetDevice dev) {
        this.key = key;
        this.dev = dev;
    }

    public static String stateName(int s) {
        return switch (s) {
            case NUD_INCOMPLETE -> "INCOMPLETE";
            case NUD_REACHABLE -> "REACHABLE";
            case NUD_STALE -> "STALE";
            case NUD_DELAY -> "DELAY";
            case NUD_PROBE -> "PROBE";
            case NUD_FAILED -> "FAILED";
            case NUD_NOARP -> "NOARP";
            case NUD_PERMANENT -> "PERMANENT";
            default -> "NONE";
        };
    }
}
