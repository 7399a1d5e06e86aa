package linnet.kernel.rtnl;

/**
 * A bridge's IFLA_INFO_DATA (IFLA_BR_*) as `ip -d link` and sysfs report it; times in clock_t,
 * timers as their remaining time in clock_t.
 */
public record BridgeInfo(int ifindex, String name, int forwardDelay, int helloTime, int maxAge, int ageingTime,
                         int stpState, int priority, int vlanFiltering, long bridgeIdAddr, int groupFwdMask,
                         long gcTimer, java.util.List<String> portNames) {}
