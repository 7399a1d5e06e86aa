package linnet.kernel.ipv6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import linnet.wire.Inet6;
import org.junit.jupiter.api.Test;

/**
 * The indexed table answers as the plain list it replaced (every route looked at, the walk order
 * by sorting): random adds, inserts with EXCL/REPLACE, removals and device flushes on few
 * prefixes (so that nesting, equal prefixes and equal metrics are common), checked after every
 * step by dump, at and lookup against that list.
 */
class Fib6TableTest {
    /** The old table: a list, a full scan per lookup. */
    static final class Reference {
        final List<Rt6Info> routes = new ArrayList<>();

        List<Rt6Info> dump() {
            List<Rt6Info> l = new ArrayList<>(routes);
            l.sort(Fib6Table.ORDER);
            return l;
        }

        List<Rt6Info> at(byte[] dst, int len) {
            byte[] m = Inet6.mask(dst, len);
            List<Rt6Info> l = new ArrayList<>();
            for (Rt6Info r : routes) if (r.dstLen == len && java.util.Arrays.equals(r.dst, m)) l.add(r);
            l.sort(Fib6Table.ORDER);
            return l;
        }

        Rt6Info lookup(byte[] daddr, NetDevice oif) {
            Rt6Info best = null;
            for (Rt6Info r : routes) {
                if (!Inet6.inPrefix(daddr, r.dst, r.dstLen)) continue;
                if (r.dev != null && !r.dev.isUp() && r.type != Rt6Info.RTN_LOCAL && !r.reject) continue;
                if (oif != null && r.dev != oif && r.type != Rt6Info.RTN_LOCAL) continue;
                if (best == null || r.dstLen > best.dstLen
                        || (r.dstLen == best.dstLen && (Integer.compareUnsigned(r.metric, best.metric) < 0
                        || (r.metric == best.metric && r.seq < best.seq)))) best = r;
            }
            return best;
        }
    }

    private static final byte[][] BASES = {Inet6.parse("2001:db8::"), Inet6.parse("2001:db8:0:1::"),
        Inet6.parse("fe80::"), Inet6.parse("ff00::"), Inet6.parse("::"), Inet6.parse("2001:db8:8000::1")};
    private static final int[] LENS = {0, 1, 8, 16, 32, 48, 63, 64, 65, 127, 128};

    private static byte[] addr(Random rnd, boolean crowded) {
        if (crowded) return BASES[2 + rnd.nextInt(2)].clone();
        byte[] a = BASES[rnd.nextInt(BASES.length)].clone();
        if (rnd.nextBoolean()) a[15] = (byte) rnd.nextInt(4);
        if (rnd.nextInt(4) == 0) a[7] ^= (byte) (1 << rnd.nextInt(8));
        if (rnd.nextInt(8) == 0) a[2] ^= (byte) 0x80;
        return a;
    }

    private static List<NetDevice> devices() {
        Lab lab = new Lab(1, Lab.Profile.BARE);
        ScriptRunner sh = new ScriptRunner(lab);
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        sh.runLine("ip link add va type veth peer name vb", sink, sink);
        sh.runLine("ip link set va up", sink, sink);
        Net net = lab.main.host.kernel().initNet();
        return List.of(net.byName("lo"), net.byName("va"), net.byName("vb"));
    }

    @Test
    void answersAsTheLinearTable() {
        List<NetDevice> devs = devices();
        for (int seed = 0; seed < 60; seed++) {
            Random rnd = new Random(seed);
            Fib6Table t = new Fib6Table(254);
            Reference ref = new Reference();
            long refSeq = 0;
            // odd seeds crowd a few prefixes, so that nodes grow past their short-list form
            boolean crowded = seed % 2 == 1;
            for (int step = 0; step < 160; step++) {
                int op = rnd.nextInt(10);
                byte[] dst = addr(rnd, crowded);
                int len = crowded ? (rnd.nextBoolean() ? 64 : 8) : LENS[rnd.nextInt(LENS.length)];
                NetDevice dev = devs.get(rnd.nextInt(devs.size()));
                int type = rnd.nextInt(5) == 0 ? Rt6Info.RTN_LOCAL : Rt6Info.RTN_UNICAST;
                Rt6Info r = new Rt6Info(254, type, dst, len, dev, rnd.nextBoolean() ? null : addr(rnd, false),
                        rnd.nextInt(3) * 256, Rt6Info.RTPROT_BOOT);
                r.reject = rnd.nextInt(6) == 0;
                if (op < 4) {
                    boolean dup = false;
                    for (Rt6Info o : ref.routes) dup |= o.sameKey(r);
                    assertEquals(!dup, t.add(r), "add");
                    if (!dup) ref.routes.add(r);
                } else if (op < 6) {
                    boolean excl = rnd.nextBoolean(), replace = rnd.nextBoolean(), create = rnd.nextBoolean();
                    String expect = refInsert(ref, r, excl, replace, create);
                    String got = "ok";
                    try {
                        t.insert(r, excl, replace, create);
                    } catch (KernelException e) {
                        got = e.errno.name();
                    }
                    assertEquals(expect, got, "insert");
                } else if (op < 7 && !ref.routes.isEmpty()) {
                    Rt6Info victim = ref.routes.get(rnd.nextInt(ref.routes.size()));
                    assertEquals(true, t.remove(victim));
                    ref.routes.remove(victim);
                    assertEquals(false, t.remove(victim), "a route goes once");
                } else if (op == 8) {
                    t.flushDev(dev);
                    ref.routes.removeIf(o -> o.dev == dev);
                }
                assertEquals(ref.dump(), t.dump(), "dump, seed " + seed + " step " + step);
                byte[] probe = addr(rnd, crowded);
                assertEquals(ref.at(probe, len), t.at(probe, len), "at");
                NetDevice oif = rnd.nextBoolean() ? null : devs.get(rnd.nextInt(devs.size()));
                assertSame(ref.lookup(probe, oif), t.lookup(probe, oif), "lookup, seed " + seed + " step " + step);
            }
        }
    }

    /** fib6_add_rt2node on the reference list; the table under test numbers the routes itself. */
    private static String refInsert(Reference ref, Rt6Info r, boolean excl, boolean replace, boolean create) {
        for (Rt6Info o : ref.at(r.dst, r.dstLen)) {
            if (o.metric != r.metric) continue;
            if (excl) return "EEXIST";
            if (replace) {
                ref.routes.set(ref.routes.indexOf(o), r);
                return "ok";
            }
            if (o.sameKey(r)) return "EEXIST";
        }
        if (replace && !create) return "ENOENT";
        ref.routes.add(r);
        return "ok";
    }
}
