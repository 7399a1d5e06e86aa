package linnet.kernel.bridge;

/**
 * The IFLA_BR_* attributes of one `ip link add|set ... type bridge` request (null = not given);
 * times in clock_t (centiseconds), as netlink carries them.
 */
public record BridgeOpts(Integer ageingTime, Integer stpState, Integer forwardDelay, Integer helloTime,
                         Integer maxAge, Integer priority, Integer groupFwdMask, Integer vlanFiltering,
                         java.util.SequencedMap<String, Long> more) {
    public static final BridgeOpts NONE = new BridgeOpts(null, null, null, null, null, null, null, null);

    /** Without the other IFLA_BR_* options ({@code more}: by keyword, in the order given). */
    public BridgeOpts(Integer ageingTime, Integer stpState, Integer forwardDelay, Integer helloTime, Integer maxAge,
                      Integer priority, Integer groupFwdMask, Integer vlanFiltering) {
        this(ageingTime, stpState, forwardDelay, helloTime, maxAge, priority, groupFwdMask, vlanFiltering,
                new java.util.LinkedHashMap<>());
    }
}
