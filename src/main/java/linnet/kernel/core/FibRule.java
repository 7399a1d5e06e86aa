package linnet.kernel.core;

/**
 * One policy routing rule, the family-independent part (struct fib_rule): selectors matched by
 * the core (devices, mark, uid range, ip protocol, ports), the action and its table or goto target.
 * Families extend it with their address selectors (IPv4: {@code Fib4Rule}).
 */
public class FibRule {
    /** Actions FR_ACT_* (uapi/linux/fib_rules.h); the rule types iproute2 maps them from. */
    public static final int FR_ACT_UNSPEC = 0, FR_ACT_TO_TBL = 1, FR_ACT_GOTO = 2, FR_ACT_NOP = 3,
            FR_ACT_BLACKHOLE = 6, FR_ACT_UNREACHABLE = 7, FR_ACT_PROHIBIT = 8;
    /** Flags FIB_RULE_*: INVERT is the user's "not"; the others are reported by dumps. */
    public static final int FIB_RULE_PERMANENT = 1, FIB_RULE_INVERT = 2, FIB_RULE_UNRESOLVED = 4,
            FIB_RULE_IIF_DETACHED = 8, FIB_RULE_OIF_DETACHED = 0x10;
    /** The unset uid range covers every uid; its end is the invalid uid (uid_valid() false). */
    public static final long UID_INVALID = 0xffffffffL;

    public int pref;
    public int action;
    /** Table id (unsigned 32 bits), 0 = none (actions other than to-table). */
    public int table;
    public int flags;
    /** The device names the rule was given; the index is the device's while it exists, -1 while detached, 0 = no selector. */
    public String iifname = "", oifname = "";
    public int iifindex, oifindex;
    public int mark, markMask;
    public long tunId;
    public boolean l3mdev;
    public long uidStart = 0, uidEnd = UID_INVALID;
    public int ipProto;
    /** Port ranges (0, 0 = unset) and masks (0xffff for a single port, 0 for a range). */
    public int sportStart, sportEnd, dportStart, dportEnd, sportMask, dportMask;
    /** Goto: the target preference, and the rule it currently resolves to (null = unresolved). */
    public int target;
    public FibRule ctarget;
    public int suppressPrefixlen = -1, suppressIfgroup = -1;
    /** The routing protocol that installed the rule (RTPROT_*; kernel for the default rules). */
    public int proto;

    public boolean uidRangeSet() { return uidStart != UID_INVALID && uidEnd != UID_INVALID; }

    public static boolean portRangeSet(int start, int end) { return start != 0 && end != 0; }

    /** fib_rule_port_range_valid: both ends non-zero, below 65535, in order. */
    public static boolean portRangeValid(int start, int end) {
        return start != 0 && end != 0 && end < 0xffff && start <= end;
    }

    /** fib_rule_port_match: an exact port under the mask, or inside the range, or no selector. */
    public static boolean portMatch(int start, int end, int mask, int port) {
        if (((start ^ port) & mask) != 0) return false;
        return mask != 0 || !portRangeSet(start, end) || (port >= start && port <= end);
    }
}
