package linnet.kernel.ipv4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import linnet.sim.EventLoop;
import linnet.wire.Inet4;
import org.junit.jupiter.api.Test;

/** The TCP state machine between two namespaces joined by a veth pair, driven on the virtual clock. */
class TcpTest {
    static final long S = EventLoop.NS_PER_SEC;
    final Lab lab = new Lab(7, Lab.Profile.BARE);
    final EventLoop loop = lab.loop;
    final Tcp tcp = lab.main.host.ipv4().tcp;
    final Net a, b;
    final int addrA = Inet4.parse("10.9.0.1"), addrB = Inet4.parse("10.9.0.2");

    TcpTest() {
        ScriptRunner sh = new ScriptRunner(lab);
        PrintStream quiet = new PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        for (String l : List.of("ip netns add a", "ip netns add b", "ip link add va type veth peer name vb",
                "ip link set va netns a", "ip link set vb netns b", "ip -n a addr add 10.9.0.1/24 dev va",
                "ip -n b addr add 10.9.0.2/24 dev vb", "ip -n a link set va up", "ip -n b link set vb up",
                "ip -n a link set lo up", "ip -n b link set lo up")) {
            assertEquals(0, sh.runLine(l, quiet, quiet), l);
        }
        a = lab.main.host.netns().get("a");
        b = lab.main.host.netns().get("b");
    }

    private void runWhile(java.util.function.BooleanSupplier notDone, long maxNs) {
        loop.runWhile(notDone, loop.now() + maxNs);
    }

    private TcpSocket[] connectPair(int port) throws KernelException {
        TcpSocket l = tcp.socket(b);
        l.bind(0, port);
        l.listen(5);
        TcpSocket c = tcp.socket(a);
        c.connect(addrB, port);
        assertEquals(TcpState.SYN_SENT, c.state);
        runWhile(() -> c.connecting() || !l.hasPendingAccept(), 5 * S);
        assertEquals(TcpState.ESTABLISHED, c.state);
        TcpSocket s = l.accept();
        assertNotNull(s);
        assertEquals(TcpState.ESTABLISHED, s.state);
        assertEquals(addrA, s.remoteAddr);
        assertEquals(c.localPort, s.remotePort);
        return new TcpSocket[] {l, c, s};
    }

    @Test
    void handshakeDataBothWaysAndClose() throws KernelException {
        TcpSocket[] p = connectPair(8080);
        TcpSocket l = p[0], c = p[1], s = p[2];
        assertTrue(c.localPort >= 32768 && c.localPort <= 60999, "ephemeral port " + c.localPort);
        assertEquals(0, c.localPort % 2, "connect() takes even ports first");
        assertEquals(1448, c.mss, "1460 less the timestamp option");

        c.send("hello\n".getBytes(StandardCharsets.US_ASCII));
        runWhile(() -> s.available() == 0, S);
        assertArrayEquals("hello\n".getBytes(StandardCharsets.US_ASCII), s.read());

        byte[] big = new byte[100_000];
        for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 7);
        s.send(big);
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        while (got.size() < big.length) {
            runWhile(() -> c.available() == 0, S);
            byte[] r = c.read();
            assertTrue(r.length > 0, "data keeps flowing");
            got.writeBytes(r);
        }
        assertArrayEquals(big, got.toByteArray());

        // Active close from the client: FIN_WAIT1 -> FIN_WAIT2; the server sees EOF in CLOSE_WAIT.
        c.shutdownWrite();
        runWhile(() -> !s.eof(), S);
        assertTrue(s.eof());
        assertEquals(TcpState.CLOSE_WAIT, s.state);
        // tcp_fin puts the server in pingpong mode: the FIN's ACK waits TCP_ATO_MIN (40 ms) for
        // an answer to ride on, then goes alone.
        assertEquals(TcpState.FIN_WAIT1, c.state);
        long t0 = loop.now();
        runWhile(() -> c.state == TcpState.FIN_WAIT1, S);
        assertEquals(TcpState.FIN_WAIT2, c.state);
        assertTrue(loop.now() - t0 >= 39 * EventLoop.NS_PER_MS, "delayed by " + (loop.now() - t0));
        s.close();
        runWhile(() -> c.state != TcpState.TIME_WAIT, S);
        assertEquals(TcpState.TIME_WAIT, c.state);
        assertEquals(TcpState.CLOSE, s.state, "LAST_ACK ends when our FIN is acknowledged");
        assertTrue(c.eof());
        // TIME_WAIT lasts 60 s of virtual time.
        NetnsIpv4 nsA = NetnsIpv4.of(a);
        loop.advance(59 * S);
        assertTrue(nsA.tcpSockets.contains(c));
        loop.advance(2 * S);
        assertFalse(nsA.tcpSockets.contains(c));
        assertEquals(TcpState.CLOSE, c.state);
        l.close();
        assertTrue(NetnsIpv4.of(b).tcpSockets.isEmpty());
    }

    @Test
    void closedPortAnswersResetAndConnectIsRefused() throws KernelException {
        TcpSocket c = tcp.socket(a);
        c.connect(addrB, 81);
        runWhile(c::connecting, 5 * S);
        assertEquals(Errno.ECONNREFUSED, c.takeError());
        assertEquals(TcpState.CLOSE, c.state);
        assertTrue(loop.now() < S, "refused at once, no retransmission");
    }

    @Test
    void resetWhenClosingWithUnreadData() throws KernelException {
        TcpSocket[] p = connectPair(9000);
        TcpSocket c = p[1], s = p[2];
        c.send(new byte[] {1, 2, 3});
        runWhile(() -> s.available() == 0, S);
        s.close(); // unread data: RST, not FIN
        runWhile(() -> c.state != TcpState.CLOSE, S);
        assertEquals(Errno.ECONNRESET, c.takeError());
    }

    @Test
    void synRetransmissionsDoubleFromOneSecondUntilEtimedout() throws KernelException {
        // A neighbour that exists on the wire but answers nothing: SYNs leave, nothing returns.
        ScriptRunner sh = new ScriptRunner(lab);
        PrintStream quiet = new PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(0, sh.runLine("ip -n a neigh add 10.9.0.7 lladdr 02:00:00:00:00:07 dev va", quiet, quiet));
        // only the SYNs are counted: no IPv6 on the device (its router solicitations go on for ever)
        assertEquals(0, sh.runLine("ip netns exec a sysctl -q -w net.ipv6.conf.va.disable_ipv6=1", quiet, quiet));
        var va = a.byName("va");
        long t0 = loop.now();
        long before = va.stats.txPackets;
        TcpSocket c = tcp.socket(a);
        c.connect(Inet4.parse("10.9.0.7"), 80);
        loop.runPending();
        List<Long> sends = new ArrayList<>();
        if (va.stats.txPackets != before) sends.add(0L);
        long seen = va.stats.txPackets;
        while (c.connecting() && loop.now() - t0 < 200 * S) {
            loop.advance(EventLoop.NS_PER_MS * 100);
            if (va.stats.txPackets != seen) {
                seen = va.stats.txPackets;
                sends.add((loop.now() - t0) / (EventLoop.NS_PER_MS * 100));
            }
        }
        assertEquals(List.of(0L, 10L, 30L, 70L, 150L, 310L, 630L), sends, "SYN at 0, 1, 3, 7, 15, 31, 63 s");
        assertEquals(Errno.ETIMEDOUT, c.takeError());
        long gaveUp = loop.now() - t0;
        assertTrue(gaveUp > 126 * S && gaveUp <= 127 * S + EventLoop.NS_PER_MS * 100, "gave up at " + gaveUp);
    }

    @Test
    void hostUnreachableFromArpFailureEndsConnect() throws KernelException {
        TcpSocket c = tcp.socket(a);
        c.connect(Inet4.parse("10.9.0.99"), 80);
        runWhile(c::connecting, 200 * S);
        assertEquals(Errno.EHOSTUNREACH, c.takeError());
        assertEquals("No route to host", Errno.EHOSTUNREACH.text);
        assertTrue(loop.now() < 10 * S, "after the ARP probes, not after the SYN retries");
    }

    @Test
    void bindConflictsAndUnroutableConnect() throws KernelException {
        TcpSocket l = tcp.socket(b);
        l.bind(0, 7000);
        l.listen(1);
        TcpSocket l2 = tcp.socket(b);
        KernelException e = assertThrows(KernelException.class, () -> l2.bind(0, 7000));
        assertEquals(Errno.EADDRINUSE, e.errno);
        TcpSocket c = tcp.socket(a);
        e = assertThrows(KernelException.class, () -> c.connect(Inet4.parse("192.0.2.1"), 80));
        assertEquals(Errno.ENETUNREACH, e.errno);
        assertNull(c.error());
    }
}
