package linnet.kernel.core;

/**
 * Counters a device (and its namespace's MIB) is owed but not yet given: bridge.BrFloodLedger
 * counts a flood's copies once for the whole bridge and hands each port its share when someone
 * looks. Whoever reads a device's statistics or a namespace's MIB settles first
 * ({@link NetDevice#settledStats}, {@link Net#settleStats}).
 */
public interface DeferredStats {
    void settle();
}
