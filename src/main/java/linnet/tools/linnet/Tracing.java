package linnet.tools.linnet;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.Net;
import linnet.kernel.core.SkbTracer;
import linnet.kernel.netfilter.XtRule;
import linnet.kernel.rtnl.Host;
import linnet.trace.Recorder;
import linnet.trace.Report;

/**
 * A trace of what some commands do, over every machine of a lab: {@link #start} puts one recorder
 * on each kernel, {@link #stop} puts back what was there (nothing, usually: tracing off costs
 * nothing) and gives the report, its namespaces named as the user knows them and its rules worded
 * as iptables -S words them. Used by {@code linnet trace}, the shell's {@code trace on} and
 * {@code linnet run --trace}.
 */
public final class Tracing {
    private final List<Host> machines;
    private final Recorder rec = new Recorder();
    private final Map<Kernel, SkbTracer> before = new IdentityHashMap<>();
    private final long startNs;

    private Tracing(List<Host> machines) {
        this.machines = List.copyOf(machines);
        for (Host h : this.machines) {
            before.put(h.kernel(), h.kernel().tracer);
            h.kernel().tracer = rec;
        }
        startNs = this.machines.get(0).kernel().loop.now();
    }

    /** Starts tracing on every machine (the first one's clock is the lab's). */
    public static Tracing start(List<Host> machines) { return new Tracing(machines); }

    /** Ends the trace; {@code all}: show every packet, the stack's own upkeep too. */
    public Report stop(boolean all) {
        for (Host h : machines) h.kernel().tracer = before.get(h.kernel());
        rec.end(machines.get(0).kernel().loop.now());
        return new Report(rec, namer(machines), Tracing::rule, startNs, all);
    }

    /** Whether anything at all was recorded. */
    public boolean empty() { return rec.packets().isEmpty() && rec.unsent().isEmpty(); }

    /** A rule as iptables -S words it. */
    static String rule(Object r) {
        return r instanceof XtRule x ? linnet.tools.iptables.Iptables.ruleSpec(x) : String.valueOf(r);
    }

    /**
     * Names namespaces as `ip netns` does: a named one by its /run/netns name, the initial one by
     * its machine's name ("host" for a machine nobody named), a container's as "docker/NAME", any
     * other by its cookie. A namespace of a machine other than the first gets its machine's name
     * in front ("host2/ns1").
     */
    static Function<Net, String> namer(List<Host> machines) {
        Map<Net, String> names = new IdentityHashMap<>();
        boolean first = true;
        for (Host h : machines) {
            String node = h.kernel().uts.nodename();
            String m = node.equals("linnet") ? "host" : node;
            names.put(h.kernel().initNet(), m);
            List<String> ns = new ArrayList<>(h.netns().namesNewestFirst());
            java.util.Collections.reverse(ns);
            for (String n : ns) names.putIfAbsent(h.netns().get(n), first ? n : m + "/" + n);
            String prefix = first ? "" : m + "/";
            linnet.userspace.docker.Dockerd.sandboxes(h.kernel()).forEach((net, c) -> names.putIfAbsent(net, prefix + "docker/" + c));
            first = false;
        }
        return n -> n == null ? "-" : names.getOrDefault(n, "netns#" + n.cookie);
    }
}
