package linnet.kernel.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import linnet.wire.Inet4;
import org.junit.jupiter.api.Test;

class FibTableTest {
    /** A route spec before insertion: dst (already masked), len, priority, and whether to use insertFirst. */
    record Spec(int dst, int len, int priority, boolean first) {}

    static int mask(int len) { return len == 0 ? 0 : (int) (0xffffffffL << (32 - len)); }

    static FibRoute route(int dst, int len, int priority) {
        FibRoute r = new FibRoute();
        r.dst = dst & mask(len);
        r.dstLen = len;
        r.priority = priority;
        return r;
    }

    static int ip(String s) { return Inet4.parse(s); }

    @Provide
    Arbitrary<Spec> specs() {
        // Few distinct prefixes so that nesting, equal keys and aliases are common.
        Arbitrary<Integer> base = Arbitraries.of(0x0a000000, 0x0a010000, 0x0a010200, 0xc0a80000, 0x80000000, 0xffffff00, 0)
                .flatMap(b -> Arbitraries.integers().between(0, 255).map(x -> b | (x & 0x3) << 8 | x));
        Arbitrary<Integer> dst = Arbitraries.oneOf(base, Arbitraries.integers());
        Arbitrary<Integer> len = Arbitraries.oneOf(Arbitraries.of(0, 8, 16, 24, 32), Arbitraries.integers().between(0, 32));
        return Combinators.combine(dst, len, Arbitraries.integers().between(0, 3), Arbitraries.of(false, true))
                .as((d, l, p, f) -> new Spec(d & mask(l), l, p, f));
    }

    static FibTable build(List<Spec> specs) {
        FibTable t = new FibTable(254);
        for (Spec s : specs) {
            FibRoute r = route(s.dst(), s.len(), s.priority());
            if (s.first()) t.insertFirst(r);
            else t.insert(r);
        }
        return t;
    }

    /** The brute force answer: longest matching prefix; among equals, the first in dump order. */
    static FibRoute bruteForce(List<FibRoute> dumpOrder, int addr) {
        int best = -1;
        for (FibRoute r : dumpOrder) if (((addr ^ r.dst) & mask(r.dstLen)) == 0) best = Math.max(best, r.dstLen);
        if (best < 0) return null;
        for (FibRoute r : dumpOrder) if (r.dstLen == best && ((addr ^ r.dst) & mask(r.dstLen)) == 0) return r;
        throw new AssertionError();
    }

    @Property(tries = 500)
    void lookupIsLongestPrefixMatchFirstInDumpOrder(@ForAll @Size(max = 40) List<@net.jqwik.api.From("specs") Spec> specs,
                                                   @ForAll @Size(min = 1, max = 30) List<Integer> randomAddrs) {
        FibTable t = build(specs);
        List<Integer> addrs = new ArrayList<>(randomAddrs);
        // Addresses inside (and just outside) each route, so that most lookups hit something.
        for (FibRoute r : t.routes()) {
            addrs.add(r.dst);
            addrs.add(r.dst | ~mask(r.dstLen));
            addrs.add(r.dst ^ (r.dstLen == 0 ? 0 : 1 << (32 - r.dstLen)));
        }
        List<FibRoute> snapshot = List.copyOf(t.routes());
        for (int a : addrs) {
            FibRoute expected = bruteForce(snapshot, a);
            FibRoute got = t.lookup(a, 0, 0);
            assertSame(expected, got, () -> "lookup(" + Inet4.format(a) + ") in " + dump(t));
        }
    }

    /** The table keeps fib_trie's dump order whatever the insertion order. */
    @Property(tries = 300)
    void routesStayInDumpOrder(@ForAll @Size(max = 40) List<@net.jqwik.api.From("specs") Spec> specs) {
        FibTable t = build(specs);
        List<FibRoute> rs = t.routes();
        assertEquals(specs.size(), rs.size());
        for (int i = 1; i < rs.size(); i++) {
            FibRoute a = rs.get(i - 1), b = rs.get(i);
            int byKey = Integer.compareUnsigned(a.dst, b.dst);
            boolean ok = byKey < 0
                    || byKey == 0 && (a.dstLen > b.dstLen
                    || a.dstLen == b.dstLen && a.priority <= b.priority);
            assertEquals(true, ok, "out of order at " + i + ": " + dump(t));
            assertEquals(254, b.table);
        }
    }

    /** insert (append) puts a new alias after the existing equal ones; insertFirst puts it before. */
    @Test
    void equalKeyAliasesKeepInsertionOrLifoOrder() {
        FibTable t = new FibTable(254);
        FibRoute a = route(ip("10.0.0.0"), 8, 0), b = route(ip("10.0.0.0"), 8, 0), c = route(ip("10.0.0.0"), 8, 0);
        t.insert(a);
        t.insert(b);
        assertEquals(List.of(a, b), t.routes());
        t.insertFirst(c);
        assertEquals(List.of(c, a, b), t.routes());
        FibRoute d = route(ip("10.0.0.0"), 8, 0);
        t.insert(d);
        assertEquals(List.of(c, a, b, d), t.routes());
        assertSame(c, t.lookup(ip("10.9.9.9"), 0, 0), "the first alias wins");
    }

    @Test
    void dumpOrderFixedExample() {
        FibTable t = new FibTable(254);
        String[][] in = {
                {"192.168.1.0", "24", "100"},
                {"0.0.0.0", "0", "0"},
                {"10.0.0.0", "8", "0"},
                {"192.168.1.0", "24", "5"},
                {"10.0.0.0", "16", "0"},
                {"200.1.0.0", "16", "0"},
                {"10.0.0.0", "24", "7"},
                {"10.0.0.0", "24", "3"},
                {"127.0.0.0", "8", "0"},
                {"128.0.0.0", "1", "0"},
                {"10.1.0.0", "16", "0"},
                {"0.0.0.0", "0", "10"},
                {"255.255.255.255", "32", "0"},
        };
        for (String[] r : in) t.insert(route(ip(r[0]), Integer.parseInt(r[1]), Integer.parseInt(r[2])));
        List<String> got = new ArrayList<>();
        for (FibRoute r : t.routes()) got.add(Inet4.format(r.dst) + "/" + r.dstLen + " metric " + r.priority);
        assertEquals(List.of(
                "0.0.0.0/0 metric 0",
                "0.0.0.0/0 metric 10",
                "10.0.0.0/24 metric 3",
                "10.0.0.0/24 metric 7",
                "10.0.0.0/16 metric 0",
                "10.0.0.0/8 metric 0",
                "10.1.0.0/16 metric 0",
                "127.0.0.0/8 metric 0",
                "128.0.0.0/1 metric 0",
                "192.168.1.0/24 metric 5",
                "192.168.1.0/24 metric 100",
                "200.1.0.0/16 metric 0",
                "255.255.255.255/32 metric 0"), got);
    }

    @Test
    void lookupFixedExamples() {
        FibTable t = new FibTable(254);
        FibRoute def = route(0, 0, 0), ten = route(ip("10.0.0.0"), 8, 0), ten16 = route(ip("10.1.0.0"), 16, 0),
                hi = route(ip("192.168.1.0"), 24, 100), lo = route(ip("192.168.1.0"), 24, 5), host = route(ip("10.1.2.3"), 32, 0);
        for (FibRoute r : List.of(def, ten, ten16, hi, lo, host)) t.insert(r);
        assertSame(ten, t.lookup(ip("10.2.0.1"), 0, 0));
        assertSame(ten16, t.lookup(ip("10.1.2.4"), 0, 0));
        assertSame(host, t.lookup(ip("10.1.2.3"), 0, 0));
        assertSame(lo, t.lookup(ip("192.168.1.77"), 0, 0), "same prefix: lowest metric first in dump order");
        assertSame(def, t.lookup(ip("8.8.8.8"), 0, 0));
        t.remove(def);
        assertNull(t.lookup(ip("8.8.8.8"), 0, 0));
    }

    @Test
    void deadNexthopsAndScopeAreSkipped() {
        FibTable t = new FibTable(254);
        FibRoute wide = route(ip("10.0.0.0"), 8, 0), narrow = route(ip("10.1.0.0"), 16, 0);
        t.insert(wide);
        t.insert(narrow);
        narrow.nhFlags |= FibRoute.RTNH_F_DEAD;
        assertSame(wide, t.lookup(ip("10.1.0.1"), 0, 0));
        narrow.nhFlags = 0;
        narrow.scope = InIfaddr.SCOPE_LINK;
        wide.scope = InIfaddr.SCOPE_HOST;
        assertSame(narrow, t.lookup(ip("10.1.0.1"), 0, 0));
        assertSame(narrow, t.lookup(ip("10.1.0.1"), InIfaddr.SCOPE_LINK, 0));
        assertSame(wide, t.lookup(ip("10.1.0.1"), InIfaddr.SCOPE_HOST, 0), "narrower scope than asked: fall back");
        assertNull(t.lookup(ip("10.1.0.1"), InIfaddr.SCOPE_NOWHERE, 0));
    }

    private static String dump(FibTable t) {
        StringBuilder sb = new StringBuilder("[");
        for (FibRoute r : t.routes()) sb.append(Inet4.format(r.dst)).append('/').append(r.dstLen).append(" m").append(r.priority).append("; ");
        return sb.append(']').toString();
    }
}
