package linnet.kernel.rtnl;

import linnet.kernel.core.LinkStats;

/**
 * A link as an RTM_NEWLINK dump describes it (the attributes iproute2 prints).
 * {@code link} is IFLA_LINK (0 = absent), {@code linkNetnsid} IFLA_LINK_NETNSID (-1 = absent),
 * {@code infoData} the IFLA_INFO_DATA attributes of the kind by IFLA_* name (empty = none), {@code ifalias} IFLA_IFALIAS (null = none).
 */
public record LinkInfo(int ifindex, String name, int flags, int mtu, int minMtu, int maxMtu, String qdisc,
                       String operstate, int group, int txqlen, int type, long addr, long broadcast, int addrLen,
                       int link, int linkNetnsid, String kind, int master, LinkStats stats, int addrAssignType,
                       int nameAssignType, boolean carrier, int carrierUpCount, int carrierDownCount,
                       java.util.SequencedMap<String, Long> infoData, int promiscuity, int allmulti,
                       int numTxQueues, int numRxQueues, int tsoMaxSize, String ifalias) {
    public int carrierChanges() { return carrierUpCount + carrierDownCount; }
}
