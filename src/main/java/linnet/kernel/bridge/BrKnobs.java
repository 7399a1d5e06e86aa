package linnet.kernel.bridge;

import java.util.LinkedHashMap;
import java.util.SequencedMap;
import linnet.kernel.core.Errno;
import linnet.kernel.core.Jiffies;
import linnet.kernel.core.KernelException;

/**
 * The bridge's multicast, netfilter and link-local options (br_netlink.c's br_changelink after
 * the STP ones, br_multicast.c's setters, BROPT_* booleans): kept as the kernel keeps them
 * (intervals in jiffies, booleans as 0/1) and reported under their `ip -d link` names in
 * br_fill_info's order. Only what the options change in forwarding is modelled (nf_call_*,
 * no_linklocal_learn, the snooping groups on the bridge's own address list); there is no
 * IGMP/MLD snooping engine behind the multicast values.
 */
public final class BrKnobs {
    /** MDB_RTR_TYPE_DISABLED .. MDB_RTR_TYPE_TEMP. */
    static final int MAX_MCAST_ROUTER = 3;

    public boolean mcastSnooping = true, noLinklocalLearn, nfCallIptables, nfCallIp6tables, nfCallArptables;
    public int mcastRouter = 1, mcastQueryUseIfaddr, mcastQuerier, mcastHashMax = 4096, mcastLastMemberCount = 2,
            mcastStartupQueryCount = 2, mcastStatsEnabled, mcastIgmpVersion = 2, mcastMldVersion = 1;
    /** Intervals in jiffies (br_multicast_init's defaults: 1 s, 260 s, 255 s, 125 s, 10 s, 125/4 s). */
    public long lastMemberInterval = Jiffies.HZ, membershipInterval = 260L * Jiffies.HZ,
            querierInterval = 255L * Jiffies.HZ, queryInterval = 125L * Jiffies.HZ,
            queryResponseInterval = 10L * Jiffies.HZ, startupQueryInterval = 125L * Jiffies.HZ / 4;
    /**
     * Whether the all-snoopers groups were joined again by turning snooping on while the bridge
     * was up: then they sit at the end of its multicast list, not ahead of the IPv4 group
     * (br_dev_open joins them before NETDEV_UP).
     */
    public boolean snoopersRejoined;
    /** br->group_addr: where BPDUs go and are accepted. */
    public long groupAddr = BrStpBpdu.GROUP_ADDR;

    /** The IFLA_BR_* values br_fill_info reports after group_address, in its order. */
    public SequencedMap<String, Long> report() {
        SequencedMap<String, Long> m = new LinkedHashMap<>();
        m.put("mcast_snooping", mcastSnooping ? 1L : 0);
        m.put("no_linklocal_learn", noLinklocalLearn ? 1L : 0);
        m.put("mcast_vlan_snooping", 0L);
        m.put("mcast_router", (long) mcastRouter);
        m.put("mcast_query_use_ifaddr", (long) mcastQueryUseIfaddr);
        m.put("mcast_querier", (long) mcastQuerier);
        // IFLA_BR_MCAST_HASH_ELASTICITY is fixed at RHT_ELASTICITY.
        m.put("mcast_hash_elasticity", 16L);
        m.put("mcast_hash_max", (long) mcastHashMax);
        m.put("mcast_last_member_cnt", (long) mcastLastMemberCount);
        m.put("mcast_startup_query_cnt", (long) mcastStartupQueryCount);
        m.put("mcast_last_member_intvl", Jiffies.jiffiesToClockT(lastMemberInterval));
        m.put("mcast_membership_intvl", Jiffies.jiffiesToClockT(membershipInterval));
        m.put("mcast_querier_intvl", Jiffies.jiffiesToClockT(querierInterval));
        m.put("mcast_query_intvl", Jiffies.jiffiesToClockT(queryInterval));
        m.put("mcast_query_response_intvl", Jiffies.jiffiesToClockT(queryResponseInterval));
        m.put("mcast_startup_query_intvl", Jiffies.jiffiesToClockT(startupQueryInterval));
        m.put("mcast_stats_enabled", (long) mcastStatsEnabled);
        m.put("mcast_igmp_version", (long) mcastIgmpVersion);
        m.put("mcast_mld_version", (long) mcastMldVersion);
        m.put("nf_call_iptables", nfCallIptables ? 1L : 0);
        m.put("nf_call_ip6tables", nfCallIp6tables ? 1L : 0);
        m.put("nf_call_arptables", nfCallArptables ? 1L : 0);
        return m;
    }

    /**
     * One IFLA_BR_* option by its `ip link ... type bridge` keyword, as br_changelink applies it;
     * {@code fdb_flush} flushes the dynamic entries. False when the keyword is none of these.
     */
    boolean apply(Bridge br, String key, long v) throws KernelException {
        switch (key) {
            case "group_address" -> {
                // br_changelink: a link-local group, not pause (1), slow protocols (2) or 802.1X (3).
                int last = (int) (v & 0xff);
                if ((v & ~0xffL) != 0x0180_c200_0000L || (last & 0xf0) != 0 || last == 1 || last == 2 || last == 3)
                    throw new KernelException(Errno.EINVAL);
                groupAddr = v;
            }
            case "fdb_flush" -> br.fdb.flushDynamic();
            case "mcast_router" -> {
                if (v < 0 || v > MAX_MCAST_ROUTER) throw new KernelException(Errno.EINVAL);
                mcastRouter = (int) v;
            }
            case "mcast_snooping" -> {
                if (!mcastSnooping && v != 0 && br.isUp()) snoopersRejoined = true;
                mcastSnooping = v != 0;
            }
            case "mcast_query_use_ifaddr" -> mcastQueryUseIfaddr = v != 0 ? 1 : 0;
            case "mcast_querier" -> mcastQuerier = v != 0 ? 1 : 0;
            case "mcast_hash_elasticity" -> {} // deprecated: accepted, fixed at 16
            case "mcast_hash_max" -> mcastHashMax = (int) v;
            case "mcast_last_member_count" -> mcastLastMemberCount = (int) v;
            case "mcast_startup_query_count" -> mcastStartupQueryCount = (int) v;
            case "mcast_last_member_interval" -> lastMemberInterval = Jiffies.clockTToJiffies(v);
            case "mcast_membership_interval" -> membershipInterval = Jiffies.clockTToJiffies(v);
            case "mcast_querier_interval" -> querierInterval = Jiffies.clockTToJiffies(v);
            case "mcast_query_interval" -> queryInterval = Jiffies.clockTToJiffies(v);
            case "mcast_query_response_interval" -> queryResponseInterval = Jiffies.clockTToJiffies(v);
            case "mcast_startup_query_interval" -> startupQueryInterval = Jiffies.clockTToJiffies(v);
            case "mcast_stats_enabled" -> mcastStatsEnabled = v != 0 ? 1 : 0;
            case "mcast_igmp_version" -> {
                if (v != 2 && v != 3) throw new KernelException(Errno.EINVAL);
                mcastIgmpVersion = (int) v;
            }
            case "mcast_mld_version" -> {
                if (v != 1 && v != 2) throw new KernelException(Errno.EINVAL);
                mcastMldVersion = (int) v;
            }
            case "mcast_vlan_snooping" -> {
                if (v != 0) throw new KernelException(Errno.EINVAL,
                        "bridge: Cannot enable multicast vlan snooping with vlan filtering disabled");
            }
            case "nf_call_iptables" -> nfCallIptables = v != 0;
            case "nf_call_ip6tables" -> nfCallIp6tables = v != 0;
            case "nf_call_arptables" -> nfCallArptables = v != 0;
            case "no_linklocal_learn" -> noLinklocalLearn = v != 0;
            // Without VLAN filtering these are accepted and have nothing to act on.
            case "vlan_protocol", "vlan_default_pvid", "vlan_stats_enabled", "vlan_stats_per_port" -> {}
            default -> {
                return false;
            }
        }
        return true;
    }
}
