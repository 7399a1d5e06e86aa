package linnet.lab;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.NetDevice;
import linnet.sim.EventLoop;
import linnet.sim.Rng;

/** A lab: one virtual clock, one seeded RNG, and the machines that share them. */
public final class Lab {
    /** Start-up profiles: {@code BARE} is the conformance sandbox (only lo, up). */
    public enum Profile { BARE, HOST }

    public final EventLoop loop = new EventLoop();
    public final Rng rng;
    private final List<Machine> machines = new ArrayList<>();
    public final Machine main;

    public Lab(long seed, Profile profile) {
        spec = null;
        rng = new Rng(seed);
        main = new Machine(loop, rng);
        machines.add(main);
        NetDevice lo = main.kernel.initNet().byName("lo");
        lo.open();
        if (profile == Profile.HOST) Profiles.host(this);
        loop.runPending();
    }

    /** The machines a lab file names, in its order (empty for a profile's lab). */
    private final java.util.Map<String, Machine> nodes = new java.util.LinkedHashMap<>();
    /** The lab file this lab was built from, or null. */
    public final LabSpec spec;

    /**
     * A lab as a lab file describes it: a machine per node (its host name the node's name, lo up),
     * the first one the main machine where scripts run; a cable per link, whose two ends are NICs
     * that come up as containerlab leaves its veth ends. The nodes' exec commands are the shell's
     * to run ({@link LabSpec.Node#exec}).
     */
    public Lab(long seed, LabSpec spec) {
        this.spec = spec;
        rng = new Rng(seed);
        Machine first = null;
        for (LabSpec.Node n : spec.nodes()) {
            Machine m = new Machine(loop, rng);
            m.kernel.initNet().byName("lo").open();
            try {
                m.kernel.uts.setNodename(n.name());
            } catch (linnet.kernel.core.KernelException e) {
                throw new IllegalArgumentException("node name " + n.name(), e);
            }
            if (first == null) first = m;
            machines.add(m);
            nodes.put(n.name(), m);
        }
        main = first;
        for (LabSpec.Link l : spec.links()) {
            linnet.kernel.drivers.PhysNic a = nic(l.a()), b = nic(l.b());
            linnet.kernel.drivers.PhysNic.connect(a, b);
            a.open();
            b.open();
        }
        loop.runPending();
    }

    private linnet.kernel.drivers.PhysNic nic(LabSpec.Endpoint e) {
        Machine m = nodes.get(e.node());
        // a random locally administered MAC, as the kernel gives the veth ends containerlab makes
        long mac = rng.randomMac();
        var nic = new linnet.kernel.drivers.PhysNic(m.kernel, e.iface(), mac);
        try {
            m.kernel.registerNetdevice(m.kernel.initNet(), nic);
        } catch (linnet.kernel.core.KernelException ex) {
            throw new IllegalArgumentException("endpoint " + e + ": " + ex.getMessage(), ex);
        }
        return nic;
    }

    /** The machine a lab file calls {@code name}, or null. */
    public Machine node(String name) { return nodes.get(name); }

    /** The lab file's node names, in its order. */
    public java.util.Set<String> nodeNames() { return java.util.Collections.unmodifiableSet(nodes.keySet()); }

    public List<Machine> machines() { return machines; }

    void add(Machine m) { machines.add(m); }
}
