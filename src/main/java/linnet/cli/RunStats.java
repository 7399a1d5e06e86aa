package linnet.cli;

import java.lang.management.ManagementFactory;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;

/**
 * {@code linnet run --stats}: one line on stderr after the script, for benchmarks (bench/run
 * scale) that need the figures of the run itself rather than of the JVM around it: the wall
 * time from making the machine to the script's end, the virtual time that passed, how many
 * command lines and network namespaces there were, and the heap the run retained, read after
 * a full collection (with the serial collector the launcher uses, System.gc() is one).
 * LINNET_STATS_HISTOGRAM=1 in the environment adds the class histogram of that heap.
 */
final class RunStats {
    private RunStats() {}

    /** Used heap after collecting until it stops shrinking (finalizable and soft objects go in a second round). */
    static long heapAfterGc() {
        var mem = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long u = mem.getHeapMemoryUsage().getUsed();
            if (u >= used) break;
            used = u;
        }
        return used;
    }

    /** The JVM's CPU time so far (its compiler and collector threads included), or -1 if unknown. */
    private static double cpuSeconds() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : -1;
    }

    static String report(Lab lab, String script, boolean notes, long wallNs, long heapBefore) {
        long lines = script.lines().filter(l -> ScriptRunner.isCommand(l, notes)).count();
        int nets = lab.main.host.kernel().nets().size();
        long heap = heapAfterGc();
        // the class histogram of what the run retained, for finding what a namespace costs
        if (System.getenv("LINNET_STATS_HISTOGRAM") != null) {
            try {
                System.err.println(java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                        new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                        new Object[] {new String[0]}, new String[] {String[].class.getName()}));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return String.format(java.util.Locale.ROOT,
                "linnet: stats: %d command lines, %.3f s wall, %.3f s virtual, %d network namespaces, "
                        + "heap after GC %d bytes (%d before the machine was made), %.3f s CPU of the JVM",
                lines, wallNs / 1e9, lab.loop.now() / 1e9, nets, heap, heapBefore, cpuSeconds());
    }
}
