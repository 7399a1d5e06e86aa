package linnet.kernel.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.kernel.core.Cpu;
import linnet.kernel.core.DropReason;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** netif_rx through a veth pair: frames take the CPU's time one after another; a full backlog drops and both ends count it. */
class VethBacklogTest {
    private final Lab lab = new Lab(3, Lab.Profile.BARE);
    private final Kernel kernel = lab.main.host.kernel();

    private NetDevice pair() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
        ScriptRunner sh = new ScriptRunner(lab);
        for (String line : new String[] {"ip link add va type veth peer name vb", "ip link set va up", "ip link set vb up"})
            assertEquals(0, sh.runLine(line, p, p), line + ": " + out);
        lab.loop.advance(10_000_000_000L); // DAD, MLD and RS are done: the CPU is idle and the link quiet
        return kernel.initNet().byName("va");
    }

    /** An Ethernet frame nobody handles (a local experimental ethertype): it only costs and counts. */
    private static SkBuff frame() {
        SkBuff skb = SkBuff.alloc(60);
        for (int i = 0; i < 6; i++) skb.buf[skb.data + i] = (byte) 0xff;
        skb.buf[skb.data + 12] = (byte) 0x88;
        skb.buf[skb.data + 13] = (byte) 0xb5;
        return skb;
    }

    @Test
    void aBurstBeyondTheBacklogIsDroppedAndCountedAtBothEnds() {
        NetDevice a = pair();
        NetDevice b = kernel.initNet().byName("vb");
        long rx0 = b.stats.rxPackets, nohandler0 = b.stats.rxNohandler;
        for (int i = 0; i < 1500; i++) a.xmit(frame());
        // enqueue_to_backlog takes a frame while at most netdev_max_backlog (1000) are queued
        assertEquals(499, a.stats.txDropped);
        assertEquals(499, b.stats.rxDropped);
        assertEquals(499, kernel.drops(DropReason.CPU_BACKLOG));
        assertEquals(1001, b.stats.rxPackets - rx0);
        long t0 = lab.loop.now();
        lab.loop.runWhile(() -> b.stats.rxNohandler - nohandler0 < 1001, Long.MAX_VALUE);
        long took = lab.loop.now() - t0;
        // one frame after another: a cold start, then about 2 µs each
        assertTrue(took > 1001 * Cpu.FRAME_NS * 8 / 10 && took < 1001 * Cpu.FRAME_NS * 2, "1001 frames took " + took);
    }
}
