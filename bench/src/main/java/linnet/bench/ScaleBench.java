package linnet.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;

/**
 * Scale: N namespaces (100,000 by default), each with a veth pair to the root namespace and one
 * IPv4 address, made with the commands a user types. Reports seconds and retained heap bytes per
 * namespace (used heap after a full GC, before minus after). Run with {@code bench/run scale [N]}.
 */
public final class ScaleBench {
    private ScaleBench() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Lab lab = new Lab(1, Lab.Profile.BARE);
        ScriptRunner sh = new ScriptRunner(lab);
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            String ns = "ns" + i;
            run(sh, sink, "ip netns add " + ns);
            run(sh, sink, "ip link add v" + i + " type veth peer name eth0 netns " + ns);
            run(sh, sink, "ip -n " + ns + " addr add 10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255)
                    + "/8 dev eth0");
            if ((i + 1) % 10_000 == 0) {
                System.out.printf("%,d namespaces: %.1f s%n", i + 1, (System.nanoTime() - t0) / 1e9);
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long after = usedAfterGc();
        System.out.printf("%,d namespaces with a veth pair and an address: %.2f s (%.3f ms per namespace)%n",
                n, secs, secs * 1000 / n);
        System.out.printf("retained heap: %,d bytes (%,.0f bytes = %.1f KiB per namespace)%n",
                after - before, (double) (after - before) / n, (after - before) / 1024.0 / n);
        if (lab.main.host.netns().get("ns" + (n - 1)) == null) throw new IllegalStateException("namespace missing");
    }

    private static void run(ScriptRunner sh, PrintStream sink, String line) {
        int rc = sh.runLine(line, sink, sink);
        if (rc != 0) throw new IllegalStateException("line failed (" + rc + "): " + line);
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
