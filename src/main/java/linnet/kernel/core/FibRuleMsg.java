package linnet.kernel.core;

/**
 * An RTM_NEWRULE / RTM_DELRULE message (uapi fib_rule_hdr plus the FRA_* attributes), as sent by a
 * tool and as filled by a dump. A null attribute is one the message does not carry.
 */
public final class FibRuleMsg {
    // struct fib_rule_hdr
    public int family, dstLen, srcLen, tos, table, action, flags;
    // attributes
    public byte[] src, dst;
    public Integer priority, fwmark, fwmask, flow, tableAttr, suppressPrefixlen, suppressIfgroup, gotoTarget;
    public String iifname, oifname;
    public Long tunId;
    public Integer l3mdev;
    /** FRA_UID_RANGE {start, end} (unsigned 32-bit values). */
    public long[] uidRange;
    /** FRA_SPORT_RANGE / FRA_DPORT_RANGE {start, end}. */
    public int[] sportRange, dportRange;
    public Integer protocol, ipProto;

    /** frh_get_table: FRA_TABLE wins over the 8-bit header field. */
    public int getTable() { return tableAttr != null ? tableAttr : table; }
}
