package linnet.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Emulated packets per second along the paths the issue names. Each operation is one UDP
 * packet entering at the first device and delivered to a socket at the other end; the score
 * (ops/s) is packets/s on one core.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PathBench {
    /** ns a -- veth -- ns b: the shortest path (veth, IPv4 receive, UDP socket). */
    @State(Scope.Thread)
    public static class Veth {
        Topology t = new Topology();

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            t.run("ip netns add a", "ip netns add b", "ip link add va netns a type veth peer name vb netns b",
                    "ip -n a addr add 10.0.0.1/24 dev va", "ip -n b addr add 10.0.0.2/24 dev vb",
                    "ip -n a link set va up", "ip -n b link set vb up", "ip netns exec a ping -c 1 10.0.0.2");
            t.receiver = t.lab.main.host.ipv4().udp.open(t.ns("b"), 0, 9, null);
            // The frame enters b's vb as if a's va had sent it.
            t.frame("b", "vb", "b", "vb", "10.0.0.1", "10.0.0.2", 9);
            t.check();
        }
    }

    /** ns a -> router (conntrack + MASQUERADE, ip_forward) -> ns b: every packet is tracked and NATed. */
    @State(Scope.Thread)
    public static class NatRouter {
        Topology t = new Topology();

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            t.run("ip netns add a", "ip netns add r", "ip netns add b",
                    "ip link add va netns a type veth peer name ra netns r",
                    "ip link add vb netns b type veth peer name rb netns r",
                    "ip -n a addr add 10.1.0.2/24 dev va", "ip -n r addr add 10.1.0.1/24 dev ra",
                    "ip -n b addr add 10.2.0.2/24 dev vb", "ip -n r addr add 10.2.0.1/24 dev rb",
                    "ip -n a link set va up", "ip -n r link set ra up", "ip -n r link set rb up", "ip -n b link set vb up",
                    "ip -n a route add default via 10.1.0.1", "ip -n b route add default via 10.2.0.1",
                    "ip netns exec r sysctl -w net.ipv4.ip_forward=1", "ip netns exec a ping -c 1 10.2.0.2");
            linnet.kernel.netfilter.XtTable nat = linnet.kernel.netfilter.XtTable.fresh("nat");
            nat.chains.get("POSTROUTING").rules.add(new linnet.kernel.netfilter.XtRule(
                    new linnet.kernel.netfilter.IpEntry(0, 0, 0, 0, "", "rb", 0, false, 0), java.util.List.of(),
                    new linnet.kernel.netfilter.xt.NatTarget("MASQUERADE", 0, 0, 0, 0, 0)));
            linnet.kernel.netfilter.NetfilterNet.of(t.ns("r")).xtables.install(nat);
            t.receiver = t.lab.main.host.ipv4().udp.open(t.ns("b"), 0, 9, null);
            t.frame("r", "ra", "r", "ra", "10.1.0.2", "10.2.0.2", 9);
            t.check();
        }
    }

    /** ns a -- veth -- br0 -- veth -- ns b: bridged (FDB lookup, forward), br_netfilter on as on the oracle. */
    @State(Scope.Thread)
    public static class Bridged {
        Topology t = new Topology();

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            t.run("ip netns add a", "ip netns add b", "ip link add br0 type bridge",
                    "ip link add va netns a type veth peer name pa", "ip link add vb netns b type veth peer name pb",
                    "ip link set pa master br0", "ip link set pb master br0",
                    "ip link set br0 up", "ip link set pa up", "ip link set pb up",
                    "ip -n a addr add 10.3.0.1/24 dev va", "ip -n b addr add 10.3.0.2/24 dev vb",
                    "ip -n a link set va up", "ip -n b link set vb up", "ip netns exec a ping -c 1 10.3.0.2");
            t.receiver = t.lab.main.host.ipv4().udp.open(t.ns("b"), 0, 9, null);
            // The frame enters the bridge port pa as if a's va had sent it, addressed to b's vb.
            t.frame(null, "pa", "b", "vb", "10.3.0.1", "10.3.0.2", 9);
            t.check();
        }
    }

    /**
     * ns a -> router -> ns b with a filter FORWARD chain of {@code rules} rules that the packet
     * does not match (each a different source address, as a blocklist is), then ACCEPT by the
     * policy: what a long chain costs per packet against an empty one.
     */
    @State(Scope.Thread)
    public static class ForwardChain {
        @Param({"0", "10000"})
        public int rules;
        Topology t = new Topology();

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            t.run("ip netns add a", "ip netns add r", "ip netns add b",
                    "ip link add va netns a type veth peer name ra netns r",
                    "ip link add vb netns b type veth peer name rb netns r",
                    "ip -n a addr add 10.1.0.2/24 dev va", "ip -n r addr add 10.1.0.1/24 dev ra",
                    "ip -n b addr add 10.2.0.2/24 dev vb", "ip -n r addr add 10.2.0.1/24 dev rb",
                    "ip -n a link set va up", "ip -n r link set ra up", "ip -n r link set rb up", "ip -n b link set vb up",
                    "ip -n a route add default via 10.1.0.1", "ip -n b route add default via 10.2.0.1",
                    "ip netns exec r sysctl -w net.ipv4.ip_forward=1", "ip netns exec a ping -c 1 10.2.0.2");
            linnet.kernel.netfilter.XtTable filter = linnet.kernel.netfilter.XtTable.fresh("filter");
            var forward = filter.chains.get("FORWARD").rules;
            for (int i = 0; i < rules; i++) {
                int src = 0xc0a80000 | i; // 192.168.x.y/32: never the packet's 10.1.0.2
                forward.add(new linnet.kernel.netfilter.XtRule(
                        new linnet.kernel.netfilter.IpEntry(src, -1, 0, 0, "", "", 0, false, 0), java.util.List.of(),
                        linnet.kernel.netfilter.StandardTarget.DROP));
            }
            linnet.kernel.netfilter.NetfilterNet.of(t.ns("r")).xtables.install(filter);
            t.receiver = t.lab.main.host.ipv4().udp.open(t.ns("b"), 0, 9, null);
            t.frame("r", "ra", "r", "ra", "10.1.0.2", "10.2.0.2", 9);
            t.check();
        }
    }

    @Benchmark
    public int routerForwardChain(ForwardChain s) { return s.t.inject(); }

    @Benchmark
    public int vethToVeth(Veth s) { return s.t.inject(); }

    @Benchmark
    public int vethBridgeVeth(Bridged s) { return s.t.inject(); }

    @Benchmark
    public int routerWithConntrackAndMasquerade(NatRouter s) { return s.t.inject(); }
}
