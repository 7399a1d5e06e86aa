package linnet.kernel.bridge;

import linnet.kernel.core.TestNic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.lab.Machine;
import linnet.sim.EventLoop;
import linnet.sim.Rng;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random bridge topologies (several namespaces, several bridges, test NICs as ports) under random
 * traffic, port flaps, ageing changes and time steps. After each injected frame:
 * it never leaves through its ingress port; it leaves only through ports of the bridge it entered
 * (so never into another namespace, which no link joins); and the bridge accounts for it exactly:
 * copies sent + (delivered up ? 1 : 0) + counted drops >= 1, with at most one local delivery or drop,
 * and per device the frames a test NIC transmitted equal the copies the bridge sent it.
 */
class BridgeTopologyProperties {
    static final int ETH_P_TEST = 0x88b5;

    /** One step: kind 0 = inject, 1 = advance time, 2 = flap a port, 3 = change ageing. */
    record Step(int kind, int a, int b, int c) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 1000)).as((k, a, b, c) -> new Step(k < 6 ? 0 : k < 8 ? 1 : k < 9 ? 2 : 3, a, b, c));
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 150)
    void framesStayOnTheirBridgeAndAreAccountedFor(@ForAll("steps") List<Step> steps,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 3) int nets,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 3) int bridgesPerNet,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 4) int portsPerBridge) throws KernelException {
        EventLoop loop = new EventLoop();
        Kernel kernel = new Machine(loop, new Rng(7)).kernel;
        List<TestNic> ports = new ArrayList<>();
        Map<TestNic, Bridge> bridgeOf = new HashMap<>();
        int macs = 0;
        for (int n = 0; n < nets; n++) {
            Net net = n == 0 ? kernel.initNet() : kernel.newNet(linnet.kernel.drivers.Loopback::new);
            for (int b = 0; b < bridgesPerNet; b++) {
                Bridge br = BrNetlink.newLink(kernel, net, "br" + b, BridgeOpts.NONE, true);
                for (int p = 0; p < portsPerBridge; p++) {
                    TestNic d = new TestNic(kernel, "p" + b + "_" + p, 0x02_00_00_00_10_00L + ++macs);
                    kernel.registerNetdevice(net, d);
                    BrIf.addIf(br, d);
                    d.open();
                    ports.add(d);
                    bridgeOf.put(d, br);
                }
                br.open();
            }
        }
        loop.runPending();
        long[] hosts = {0x02_00_00_00_00_01L, 0x02_00_00_00_00_02L, 0x02_00_00_00_00_03L, 0x02_00_00_00_00_04L};
        int tag = 0;
        for (Step s : steps) {
            switch (s.kind()) {
                case 1 -> loop.advance((long) s.a() * 10 * EventLoop.NS_PER_MS);
                case 2 -> {
                    TestNic d = ports.get(s.a() % ports.size());
                    if (d.isUp()) d.close();
                    else d.open();
                    loop.runPending();
                }
                case 3 -> BrNetlink.setAgeingTime(bridgeOf.get(ports.get(s.a() % ports.size())), s.b() % 3 == 0 ? 0 : s.b());
                default -> {
                    TestNic in = ports.get(s.a() % ports.size());
                    Bridge br = bridgeOf.get(in);
                    long src = hosts[s.b() % hosts.length];
                    int d = s.c() % 7;
                    long dst = d < 4 ? hosts[d] : d == 4 ? linnet.wire.Mac.BROADCAST : d == 5 ? br.addr
                            : ports.get(s.c() % ports.size()).addr;
                    for (TestNic p : ports) p.drain();
                    long txBefore = totalTx(ports);
                    long upBefore = br.stats.rxPackets;
                    // Counted drops: the bridge's, by reason, and the core's rx_dropped of a down ingress device.
                    long dropsBefore = sum(br.drops) + in.stats.rxDropped;
                    int myTag = ++tag;
                    in.inject(dst, src, ETH_P_TEST, myTag);
                    loop.runPending();
                    int copies = 0;
                    for (TestNic p : ports) {
                        for (byte[] f : p.drain()) {
                            if (TestNic.tag(f) != myTag) continue;
                            copies++;
                            assertTrue(p != in, "left through its ingress port");
                            assertTrue(bridgeOf.get(p) == br, "left through another bridge's port");
                            assertTrue(p.net() == in.net(), "crossed into another namespace");
                        }
                    }
                    long up = br.stats.rxPackets - upBefore;
                    long drops = sum(br.drops) + in.stats.rxDropped - dropsBefore;
                    assertEquals(copies, totalTx(ports) - txBefore, "tx counters = copies sent");
                    assertTrue(up <= 1 && drops <= 1, "one frame, one fate: up=" + up + " drops=" + drops);
                    assertTrue(copies + up + drops >= 1, "frame vanished without a counted drop");
                    assertTrue(copies <= portsPerBridge - 1, "more copies than other ports");
                    if (!in.isUp()) assertEquals(0, copies + up, "a down port passes nothing");
                }
            }
        }
    }

    private static long totalTx(List<TestNic> ports) {
        long t = 0;
        for (TestNic p : ports) t += p.stats.txPackets;
        return t;
    }

    private static long sum(long[] a) {
        long s = 0;
        for (long v : a) s += v;
        return s;
    }
}
