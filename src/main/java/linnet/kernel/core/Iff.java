package linnet.kernel.core;

/** Interface flags (include/uapi/linux/if.h) and operational states (IF_OPER_*). */
public final class Iff {
    private Iff() {}

    public static final int UP = 0x1, BROADCAST = 0x2, DEBUG = 0x4, LOOPBACK = 0x8, POINTOPOINT = 0x10,
            NOTRAILERS = 0x20, RUNNING = 0x40, NOARP = 0x80, PROMISC = 0x100, ALLMULTI = 0x200,
            MASTER = 0x400, SLAVE = 0x800, MULTICAST = 0x1000, PORTSEL = 0x2000, AUTOMEDIA = 0x4000,
            DYNAMIC = 0x8000, LOWER_UP = 0x10000, DORMANT = 0x20000, ECHO = 0x40000;

    /** RFC 2863 operational states, numbered as in the kernel. */
    public enum Oper { UNKNOWN, NOTPRESENT, DOWN, LOWERLAYERDOWN, TESTING, DORMANT, UP }

    /** ARPHRD_* link types as shown in /sys/class/net/X/type. */
    public static final int ARPHRD_ETHER = 1, ARPHRD_LOOPBACK = 772, ARPHRD_NONE = 65534;
}
