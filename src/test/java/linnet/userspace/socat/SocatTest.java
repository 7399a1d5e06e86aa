package linnet.userspace.socat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** socat 1.7.4.4's address parser and its TCP addresses; expected texts recorded on the oracle (scenarios 760-763). */
class SocatTest {
    private static String parseError(String spec) {
        return assertThrows(Socat.Fail.class, () -> Socat.Address.parse(spec)).getMessage();
    }

    @Test
    void tcpAddressesAndTheirAliases() throws Exception {
        for (String t : List.of("TCP", "tcp4", "TCP-CONNECT", "TCP4-CONNECT")) {
            Socat.Address a = Socat.Address.parse(t + ":10.0.0.1:80,bind=10.0.0.2:7000,reuseaddr");
            assertEquals(t.toUpperCase(java.util.Locale.ROOT), a.type());
            assertEquals(List.of("10.0.0.1", "80"), a.params());
            assertEquals(Map.of("bind", "10.0.0.2:7000", "reuseaddr", ""), a.opts());
        }
        for (String t : List.of("TCP-LISTEN", "TCP-L", "tcp4-listen", "TCP4-L")) {
            Socat.Address a = Socat.Address.parse(t + ":8080,fork,reuseaddr,bind=10.0.0.2");
            assertEquals(List.of("8080"), a.params());
            assertTrue(a.opts().containsKey("fork"));
        }
        assertEquals("STDIO", Socat.Address.parse("-").type());
    }

    @Test
    void parameterCounts() {
        assertEquals("TCP: wrong number of parameters (1 instead of 2)", parseError("TCP:127.0.0.1"));
        assertEquals("TCP4-L: wrong number of parameters (2 instead of 1)", parseError("TCP4-L:1:2"));
        assertEquals("tcp-listen: wrong number of parameters (0 instead of 1)", parseError("tcp-listen"));
        assertEquals("unknown device/address \"TCP6X\"", parseError("TCP6X:1"));
    }

    @Test
    void unknownOptionsAndOptionsOfAnotherAddressType() {
        assertEquals("parseopts_table(): unknown option \"nosuchopt\"", parseError("TCP:127.0.0.1:7620,nosuchopt"));
        assertEquals("parseopts_table(): option \"tun-type\" not supported with this address type", parseError("TCP:1.2.3.4:80,tun-type=tap"));
        assertEquals("parseopts_table(): option \"fork\" not supported with this address type", parseError("STDIO,fork"));
        assertEquals("parseopts_table(): option \"backlog\" not supported with this address type", parseError("TCP:1.2.3.4:80,backlog=3"));
    }

    @Test
    void portsAsGetaddrinfoTakesThem() throws Exception {
        assertEquals(7620, Socat.port("7620", "127.0.0.1", 0));
        // socat keeps the port in 16 bits: 72156 is 6620, 99999 is 34463
        assertEquals(6620, Socat.port("72156", "10.0.0.1", 0));
        assertEquals(34463, Socat.port("99999", "NULL", 2));
        assertEquals(80, Socat.port("http", "localhost", 0));
        assertEquals("empty port/service", assertThrows(Socat.Fail.class, () -> Socat.port("", "NULL", 2)).getMessage());
        assertEquals("getaddrinfo\"NULL\", \"-5\", {1,2,1,0}, {}): Servname not supported for ai_socktype",
                assertThrows(Socat.Fail.class, () -> Socat.port("-5", "NULL", 2)).getMessage());
        assertEquals("getaddrinfo\"127.0.0.1\", \"nosuchservice\", {1,0,1,0}, {}): Servname not supported for ai_socktype",
                assertThrows(Socat.Fail.class, () -> Socat.port("nosuchservice", "127.0.0.1", 0)).getMessage());
    }

    // ---------------------------------------------------------------- on the emulated kernel

    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        int rc = r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8) + (rc != 0 ? "[exit " + rc + "]\n" : "");
    }

    private static final String STAMP = "sed -E 's/^[0-9/]+ [0-9:]+ socat\\[[0-9]+\\] /socat[PID] /'";

    private static ScriptRunner pair() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        for (String l : new String[] {"ip netns add c", "ip netns add s",
                "ip link add vc netns c type veth peer name vs netns s", "ip -n c addr add 10.0.7.1/24 dev vc",
                "ip -n s addr add 10.0.7.2/24 dev vs", "ip -n c link set vc up", "ip -n s link set vs up", "mkdir -p /tmp/t"}) {
            assertEquals("", run(r, l), l);
        }
        return r;
    }

    @Test
    void refusedConnectionExitsWithStatusOne() {
        ScriptRunner r = pair();
        assertEquals("socat[PID] N reading from and writing to stdio\n"
                + "socat[PID] N opening connection to AF=2 10.0.7.2:7000\n"
                + "socat[PID] W recvmsg(): Resource temporarily unavailable\n"
                + "socat[PID] E connect(5, AF=2 10.0.7.2:7000, 16): Connection refused\n"
                + "socat[PID] N exit(1)\n", run(r, "ip netns exec c socat -d -d - TCP:10.0.7.2:7000 2>&1 | " + STAMP));
        assertEquals("rc=1\n", run(r, "ip netns exec c socat - TCP:10.0.7.2:7000 2>/dev/null; echo rc=$?"));
    }

    @Test
    void listenerGetsWhatTheClientSentAndBothEnd() {
        ScriptRunner r = pair();
        run(r, "ip netns exec s socat -d -d TCP-LISTEN:7001 - >/tmp/t/out 2>/tmp/t/err &");
        run(r, "sleep 0.2");
        assertEquals("", run(r, "echo hi | ip netns exec c socat - TCP:10.0.7.2:7001,sp=7101"));
        run(r, "sleep 0.2");
        assertEquals("hi\n", run(r, "cat /tmp/t/out"));
        assertEquals("socat[PID] N listening on AF=2 0.0.0.0:7001\n"
                + "socat[PID] N accepting connection from AF=2 10.0.7.1:7101 on AF=2 10.0.7.2:7001\n"
                + "socat[PID] N reading from and writing to stdio\n"
                + "socat[PID] N starting data transfer loop with FDs [6,6] and [0,1]\n"
                + "socat[PID] N socket 2 (fd 0) is at EOF\n"
                + "socat[PID] N socket 1 (fd 6) is at EOF\n"
                + "socat[PID] N exiting with status 0\n", run(r, STAMP + " /tmp/t/err"));
        // the listener was closed after its one connection
        assertTrue(run(r, "echo again | ip netns exec c socat - TCP:10.0.7.2:7001 2>&1").contains("Connection refused"));
    }

    @Test
    void forkKeepsAcceptingAndAddressInUse() {
        ScriptRunner r = pair();
        run(r, "ip netns exec s socat TCP-LISTEN:7002,fork,reuseaddr - >/tmp/t/fork &");
        run(r, "sleep 0.2");
        run(r, "echo one | ip netns exec c socat - TCP:10.0.7.2:7002");
        run(r, "sleep 0.1");
        run(r, "echo two | ip netns exec c socat - TCP:10.0.7.2:7002");
        run(r, "sleep 0.1");
        assertEquals("one\ntwo\n", run(r, "cat /tmp/t/fork"));
        assertEquals("socat[PID] E bind(5, {AF=2 0.0.0.0:7002}, 16): Address already in use\n",
                run(r, "ip netns exec s socat TCP-LISTEN:7002 - 2>&1 | " + STAMP));
    }

    @Test
    void stdinEndHalfClosesAndTheReplyStillComes() {
        ScriptRunner r = pair();
        run(r, "echo reply | ip netns exec s socat TCP-LISTEN:7003 - >/dev/null &");
        run(r, "sleep 0.2");
        assertEquals("reply\n", run(r, "ip netns exec c socat - TCP:10.0.7.2:7003"));
    }

    @Test
    void sigtermIsLoggedAndTheStatusIs143() {
        ScriptRunner r = pair();
        assertEquals("rc=143\n", run(r, "ip netns exec s socat -d -d TCP-LISTEN:7004 - 2>/tmp/t/sig & sleep 0.2; kill $!; wait $!; echo rc=$?"));
        assertEquals("socat[PID] N listening on AF=2 0.0.0.0:7004\n"
                + "socat[PID] N socat_signal(): handling signal 15\n"
                + "socat[PID] W exiting on signal 15\n"
                + "socat[PID] N socat_signal(): finishing signal 15\n"
                + "socat[PID] N exit(143)\n", run(r, STAMP + " /tmp/t/sig"));
    }

    @Test
    void minusTEndsTheWaitForAPeerThatKeepsItsSideOpen() {
        ScriptRunner r = pair();
        // the listener waits 2 s for its UDP side after the client's end; the client gives up after 0.3 s
        run(r, "ip -n s link set lo up");
        run(r, "ip netns exec s socat -t 2 TCP-LISTEN:7005 UDP:127.0.0.1:9 &");
        run(r, "sleep 0.2");
        assertEquals("socat[PID] I poll timed out (no data within 0.300000 seconds)\n",
                run(r, "ip netns exec c socat -d -d -d -t 0.3 - TCP:10.0.7.2:7005 2>&1 | grep 'timed out' | " + STAMP));
    }

    @Test
    void anIcmpErrorIsReadFromTheErrorQueueAndConnectTimeoutEndsTheWait() {
        ScriptRunner r = pair();
        run(r, "ip -n c link set lo up");
        // nobody answers ARP for .99: the local host unreachable is queued (IP_RECVERR) and read back
        assertEquals("socat[PID] N reading from and writing to stdio\n"
                + "socat[PID] N opening connection to AF=2 10.0.7.99:80\n"
                + "socat[PID] N receiving packet from AF=2 10.0.7.99:80\n"
                + "socat[PID] N received ICMP from 10.0.7.1, type 3, code 1, info 0, data 0, resulting in errno 113\n"
                + "socat[PID] E connect(5, AF=2 10.0.7.99:80, 16): No route to host\n"
                + "socat[PID] N exit(1)\n", run(r, "ip netns exec c socat -d -d - TCP:10.0.7.99:80 2>&1 | " + STAMP));
        assertEquals("socat[PID] E connecting to AF=2 10.0.7.99:80: Connection timed out\n",
                run(r, "ip netns exec c socat - TCP:10.0.7.99:80,connect-timeout=0.5 2>&1 | " + STAMP));
    }
}

