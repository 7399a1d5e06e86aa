package linnet.wire;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Per-packet accessors must not allocate (boxing would show up as megabytes here). */
class NoAllocationTest {
    static long sink;

    @Test
    void accessorsDoNotAllocate() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean mx)
                || !mx.isThreadAllocatedMemorySupported()) {
            return; // not measurable on this VM
        }
        mx.setThreadAllocatedMemoryEnabled(true);
        byte[] b = Hex.at(14, IcmpUdpTcpTest.TCP_SYN);
        run(b, 1_000); // load and link every class before measuring
        long tid = Thread.currentThread().threadId();
        long before = mx.getThreadAllocatedBytes(tid);
        run(b, 100_000);
        long allocated = mx.getThreadAllocatedBytes(tid) - before;
        assertTrue(allocated < 64 * 1024, "accessors allocated " + allocated + " bytes");
    }

    private static void run(byte[] b, int n) {
        int ip = 14, tcp = 34;
        long acc = 0;
        for (int i = 0; i < n; i++) {
            acc += Ethernet.dst(b, 0) + Ethernet.src(b, 0) + Ethernet.type(b, 0);
            acc += Ipv4.src(b, ip) + Ipv4.dst(b, ip) + Ipv4.ttl(b, ip) + Ipv4.ihl(b, ip) + Ipv4.fragOffset(b, ip);
            acc += Ipv4.checksumOk(b, ip) ? 1 : 0;
            acc += Tcp.seq(b, tcp) + Tcp.ack(b, tcp) + Tcp.flags(b, tcp) + Tcp.dataOffset(b, tcp);
            acc += Checksum.update32(Ipv4.checksum(b, ip), i, ~i);
            acc += Mac.isValidUnicast(Ethernet.src(b, 0)) ? 1 : 0;
            acc += Inet4.inPrefix(Ipv4.dst(b, ip), 0x0a00_0000, 8) ? 1 : 0;
            Ipv4.setTtl(b, ip, 64);
            Ipv4.decTtl(b, ip);
            Tcp.fillChecksum(b, ip);
        }
        sink += acc;
    }
}
