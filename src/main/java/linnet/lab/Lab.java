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
        rng = new Rng(seed);
        main = new Machine(loop, rng);
        machines.add(main);
        NetDevice lo = main.kernel.initNet().byName("lo");
        lo.open();
        if (profile == Profile.HOST) Profiles.host(this);
        loop.runPending();
    }

    public List<Machine> machines() { return machines; }

    void add(Machine m) { machines.add(m); }
}
