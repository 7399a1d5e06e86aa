package linnet.kernel.netfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import linnet.kernel.core.SkBuff;
import linnet.kernel.netfilter.xt.QuotaMatch;
import linnet.kernel.netfilter.xt.StatisticMatch;
import org.junit.jupiter.api.Test;

/** statistic nth counting and quota spending (scenario 313's numbers). */
class StatisticQuotaTest {
    private static NfPacket packet() {
        byte[] b = new byte[84];
        b[0] = 0x45;
        b[3] = 84;
        NfPacket p = new NfPacket();
        p.skb = new SkBuff(b, 0, b.length);
        p.skb.networkHeader = 0;
        return p;
    }

    @Test
    void nthAndQuota() {
        StatisticMatch every3 = new StatisticMatch(true, 3, 0, 0, false, new StatisticMatch.Counter());
        StatisticMatch every2from1 = new StatisticMatch(true, 2, 1, 0, false, new StatisticMatch.Counter());
        QuotaMatch q = new QuotaMatch(250, false, new QuotaMatch.Left()), notQ = new QuotaMatch(250, true, new QuotaMatch.Left());
        StringBuilder a = new StringBuilder(), b = new StringBuilder();
        int inQuota = 0, overQuota = 0;
        for (int i = 0; i < 7; i++) {
            NfPacket p = packet();
            a.append(every3.match(p) ? 'x' : '.');
            b.append(every2from1.match(p) ? 'x' : '.');
            if (q.match(p)) inQuota++;
            if (notQ.match(p)) overQuota++;
        }
        assertEquals("x..x..x", a.toString());
        assertEquals(".x.x.x.", b.toString());
        assertEquals(2, inQuota);
        assertEquals(5, overQuota);
    }
}
