package linnet.kernel.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** fib_validate_source through `ip route get ... iif`: rp_filter max(all, IF), loose mode, accept_local. */
class RpFilterTest {
    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    private static ScriptRunner router() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        for (String l : new String[] {
                "ip link add x1 type veth peer name y1", "ip link add x2 type veth peer name y2",
                "ip addr add 172.16.1.1/24 dev x1", "ip addr add 172.16.2.1/24 dev x2",
                "ip link set x1 up", "ip link set y1 up", "ip link set x2 up", "ip link set y2 up",
                "sysctl -w net.ipv4.ip_forward=1"}) run(r, l);
        return r;
    }

    private static final String REFUSED = "RTNETLINK answers: Invalid argument\n";
    private static final String GET = "ip route get 172.16.2.9 from %s iif x1";

    @Test
    void strictWantsTheReverseRouteOutOfTheInputDevice() {
        ScriptRunner r = router();
        assertEquals("172.16.2.9 from 172.16.2.8 dev x2 \n    cache iif x1 \n", run(r, GET.formatted("172.16.2.8")));
        run(r, "sysctl -w net.ipv4.conf.x1.rp_filter=1");
        assertEquals(REFUSED, run(r, GET.formatted("172.16.2.8")));
        assertEquals("172.16.2.9 from 172.16.1.8 dev x2 \n    cache iif x1 \n", run(r, GET.formatted("172.16.1.8")));
    }

    @Test
    void looseWantsAnyReverseRouteAndTheLargerValueWins() {
        ScriptRunner r = router();
        run(r, "sysctl -w net.ipv4.conf.all.rp_filter=2");
        assertEquals("172.16.2.9 from 172.16.2.8 dev x2 \n    cache iif x1 \n", run(r, GET.formatted("172.16.2.8")));
        assertEquals(REFUSED, run(r, GET.formatted("10.99.0.1")));
        run(r, "sysctl -w net.ipv4.conf.x1.rp_filter=1");
        assertEquals("172.16.2.9 from 172.16.2.8 dev x2 \n    cache iif x1 \n", run(r, GET.formatted("172.16.2.8")));
        run(r, "sysctl -w net.ipv4.conf.all.rp_filter=1");
        run(r, "sysctl -w net.ipv4.conf.x1.rp_filter=0");
        assertEquals(REFUSED, run(r, GET.formatted("172.16.2.8")));
    }

    @Test
    void ownAddressAsSourceNeedsAcceptLocal() {
        ScriptRunner r = router();
        assertEquals(REFUSED, run(r, GET.formatted("172.16.1.1")));
        run(r, "sysctl -w net.ipv4.conf.x1.accept_local=1");
        assertEquals("172.16.2.9 from 172.16.1.1 dev x2 \n    cache iif x1 \n", run(r, GET.formatted("172.16.1.1")));
    }
}
