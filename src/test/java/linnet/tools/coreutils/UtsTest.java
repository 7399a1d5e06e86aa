package linnet.tools.coreutils;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import linnet.tools.text.Recorded;
import org.junit.jupiter.api.Test;

/**
 * The parts of uname and hostname that name the machine (linnet, where the oracle says "vm"),
 * true and false as programs, and the hostname usage error.
 */
class UtsTest {
    @Test
    void unameAllIsTheOraclesKernelOnLinnet() {
        Recorded.Result r = Recorded.run(new Uname(), List.of("-a"), null);
        assertEquals("Linux linnet 6.18.44-fc-v1272 #1 SMP PREEMPT_DYNAMIC @0 x86_64 GNU/Linux\n", r.stdout());
        assertEquals("linnet\n", Recorded.run(new Uname(), List.of("-n"), null).stdout());
    }

    @Test
    void hostnameForms() {
        assertEquals("linnet\n", Recorded.run(new Hostname(), List.of(), null).stdout());
        assertEquals("linnet\n", Recorded.run(new Hostname(), List.of("-s"), null).stdout());
        // linnet's /etc/hosts has no line for the host name, so getaddrinfo fails
        Recorded.Result f = Recorded.run(new Hostname(), List.of("-f"), null);
        assertEquals("hostname: Name or service not known\n", f.stderr());
        assertEquals(1, f.status());
        Recorded.Result bad = Recorded.run(new Hostname(), List.of("-x"), null);
        assertEquals("hostname: invalid option -- 'x'\n", bad.stderr());
        assertEquals(255, bad.status());
        assertEquals("Usage: hostname [-b] {hostname|-F file}         set host name (from file)",
                bad.stdout().lines().findFirst().orElse(""));
        assertEquals(33, bad.stdout().lines().count());
    }

    @Test
    void trueAndFalse() {
        assertEquals(0, Recorded.run(new True(0), List.of("--nonsense"), null).status());
        assertEquals(1, Recorded.run(new True(1), List.of(), null).status());
    }
}
