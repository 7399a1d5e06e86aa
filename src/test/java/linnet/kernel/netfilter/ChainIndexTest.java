package linnet.kernel.netfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import linnet.kernel.core.SkBuff;
import linnet.wire.Ipv4;
import linnet.wire.Ipv4Repr;
import org.junit.jupiter.api.Test;

/**
 * A long chain traversed through its index decides every packet as the chain read rule by rule:
 * the same verdict and the same counters on every rule and policy, with jumps into a long user
 * chain, RETURN, rules naming one source or destination (plain, inverted, under a mask), general
 * rules, and a chain changed in place between packets.
 */
class ChainIndexTest {
    private static final int[] ADDRS = {0x0a000001, 0x0a000002, 0x0a000003, 0xc0a80001, 0xc0a80102, 0x08080808};

    private static SkBuff packet(int src, int dst, int proto) {
        SkBuff skb = SkBuff.alloc(Ipv4.HLEN + 8);
        skb.networkHeader = skb.data;
        skb.transportHeader = skb.data + Ipv4.HLEN;
        new Ipv4Repr(src, dst, proto, 64, 0, 0x1234, false, 8).emit(skb.buf, skb.networkHeader);
        return skb;
    }

    private static XtRule rule(Random rnd, boolean jumps) {
        int a = ADDRS[rnd.nextInt(ADDRS.length)];
        int kind = rnd.nextInt(7);
        IpEntry ip = switch (kind) {
            case 0, 1 -> new IpEntry(a, -1, 0, 0, "", "", 0, false, 0);
            case 2 -> new IpEntry(0, 0, a, -1, "", "", 0, false, 0);
            case 3 -> new IpEntry(a, -1, 0, 0, "", "", 0, false, IpEntry.INV_SRCIP);
            case 4 -> new IpEntry(0, 0, a, -1, "", "", rnd.nextBoolean() ? 17 : 6, false, IpEntry.INV_DSTIP);
            case 5 -> new IpEntry(a & 0xffffff00, 0xffffff00, 0, 0, "", "", 0, false, 0);
            default -> new IpEntry(a, -1, ADDRS[rnd.nextInt(ADDRS.length)], -1, "", "", rnd.nextBoolean() ? 17 : 0, false, 0);
        };
        int t = rnd.nextInt(10);
        XtTarget target = t < 5 ? StandardTarget.NONE : t < 7 ? StandardTarget.ACCEPT : t < 8 ? StandardTarget.DROP
                : t < 9 && jumps ? new JumpTarget("sub", rnd.nextBoolean()) : StandardTarget.RETURN;
        return new XtRule(ip, List.of(), target);
    }

    /** One random table, decided for random packets; returns the verdicts and then every counter. */
    private static List<Long> decide(long seed) {
        Random rnd = new Random(seed);
        XtTable t = XtTable.fresh("filter");
        XtChain fwd = t.chains.get("FORWARD");
        fwd.policy = rnd.nextBoolean() ? Verdict.NF_ACCEPT : Verdict.NF_DROP;
        fwd.policyCounters = true;
        XtChain sub = new XtChain("sub", -1);
        t.chains.put("sub", sub);
        for (int i = 0; i < 40 + rnd.nextInt(60); i++) fwd.rules.add(rule(rnd, true));
        for (int i = 0; i < 40 + rnd.nextInt(30); i++) sub.rules.add(rule(rnd, false));
        Xtables x = new Xtables();
        x.install(t);
        List<Long> out = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            // changed in place: rules replaced, then one removed and one added at the front
            if (k == 100) for (int j = 0; j < fwd.rules.size(); j += 3) fwd.rules.set(j, rule(rnd, true));
            if (k == 150) {
                fwd.rules.remove(rnd.nextInt(fwd.rules.size()));
                sub.rules.add(0, rule(rnd, false));
            }
            NfPacket p = new NfPacket();
            p.skb = packet(ADDRS[rnd.nextInt(ADDRS.length)], ADDRS[rnd.nextInt(ADDRS.length)], rnd.nextBoolean() ? 17 : 6);
            p.hook = 2;
            out.add((long) x.doTable("filter", 2, p));
        }
        for (XtChain c : List.of(fwd, sub)) for (XtRule r : c.rules) {
            out.add(r.pkts);
            out.add(r.bytes);
        }
        out.add(fwd.policyPkts);
        return out;
    }

    @Test
    void decidesAsTheChainReadThrough() {
        int saved = ChainIndex.MIN_RULES;
        try {
            for (long seed = 0; seed < 40; seed++) {
                ChainIndex.MIN_RULES = Integer.MAX_VALUE;
                List<Long> linear = decide(seed);
                ChainIndex.MIN_RULES = 1;
                assertEquals(linear, decide(seed), "seed " + seed);
            }
        } finally {
            ChainIndex.MIN_RULES = saved;
        }
    }
}
