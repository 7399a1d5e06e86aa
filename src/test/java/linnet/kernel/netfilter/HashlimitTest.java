package linnet.kernel.netfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import linnet.kernel.core.SkBuff;
import linnet.kernel.netfilter.xt.HashlimitMatch;
import linnet.lab.Lab;
import linnet.wire.Ipv4;
import org.junit.jupiter.api.Test;

/** xt_hashlimit's per-key buckets (scenario 319): burst, refill, a second key, "above". */
class HashlimitTest {
    @Test
    void perSourceBuckets() {
        Lab lab = new Lab(15, Lab.Profile.BARE);
        var net = lab.main.host.kernel().initNet();
        HashlimitMatch upto = new HashlimitMatch(HashlimitMatch.SCALE, 3, HashlimitMatch.SRCIP, false, 32, 32, "P", 10000, 0,
                new HashlimitMatch.State());
        int passed = 0;
        for (int i = 0; i < 5; i++) if (upto.match(packet(net, 0x0a000001))) passed++;
        assertEquals(3, passed);
        // another source has a bucket of its own
        assertEquals(true, upto.match(packet(net, 0x0a000002)));
        // a second later one more token
        lab.main.host.kernel().loop.runWhile(() -> true, lab.main.host.kernel().loop.now() + 1_000_000_000L);
        assertEquals(true, upto.match(packet(net, 0x0a000001)));
        assertEquals(false, upto.match(packet(net, 0x0a000001)));
        HashlimitMatch above = new HashlimitMatch(HashlimitMatch.SCALE, 1, 0, true, 32, 32, "Q", 10000, 0, new HashlimitMatch.State());
        assertEquals(false, above.match(packet(net, 0x0a000001)));
        assertEquals(true, above.match(packet(net, 0x0a000003)));
    }

    private static NfPacket packet(linnet.kernel.core.Net net, int src) {
        byte[] b = new byte[28];
        b[0] = 0x45;
        b[3] = 28;
        b[9] = 1;
        linnet.wire.Bytes.put32(b, 12, src);
        NfPacket p = new NfPacket();
        p.skb = new SkBuff(b, 0, b.length);
        p.skb.networkHeader = 0;
        p.net = net;
        return p;
    }
}
