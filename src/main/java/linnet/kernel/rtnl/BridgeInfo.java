package linnet.kernel.rtnl;

/**
 * A bridge's IFLA_INFO_DATA (IFLA_BR_*) as `ip -d link`, sysfs and brctl report it: times in
 * clock_t (the ones in force, and the configured bridge_* ones), timers as their remaining time in
 * clock_t; ids as 8-byte numbers (priority in the top 16 bits).
 */
public record BridgeInfo(int ifindex, String name, int forwardDelay, int helloTime, int maxAge, int ageingTime,
                         int stpState, int priority, int vlanFiltering, long bridgeIdAddr, int groupFwdMask,
                         long gcTimer, java.util.List<String> portNames, int bridgeForwardDelay, int bridgeHelloTime,
                         int bridgeMaxAge, long designatedRoot, int rootPort, int rootPathCost, boolean topologyChange,
                         boolean topologyChangeDetected, long helloTimer, long tcnTimer, long topologyChangeTimer,
                         long groupAddr, java.util.SequencedMap<String, Long> knobs) {}
