package linnet.kernel.rtnl;

/**
 * A bridge port's IFLA_PROTINFO / IFLA_BRPORT_* (what `bridge link` and `ip -d link` print); timers
 * as their remaining time in clock_t (0 when not running); designated root and bridge as 8-byte ids.
 */
public record BrPortInfo(int ifindex, String name, int masterIndex, String masterName, int state, int priority,
                         int cost, int portNo, int portId, long bridgeIdAddr, int bridgePriority, boolean learning,
                         boolean flood, boolean mcastFlood, boolean bcastFlood, boolean hairpin,
                         long forwardDelayTimer, boolean guard, boolean rootBlock, boolean fastLeave,
                         int designatedPort, long designatedRoot, long designatedBridge, int designatedCost,
                         long messageAgeTimer, long holdTimer, boolean topologyChangeAck, boolean configPending) {}
