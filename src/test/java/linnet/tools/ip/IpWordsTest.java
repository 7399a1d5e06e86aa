package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import linnet.lab.Lab;
import linnet.shell.Programs;
import linnet.tools.common.Ctx;
import org.junit.jupiter.api.Test;

/** The words the shell completes from are words the parsers take: none of them is "unknown" to ip. */
class IpWordsTest {
    private static String stderrOf(String... argv) {
        Lab lab = new Lab(1, Lab.Profile.BARE);
        var host = lab.main.host;
        var net = host.kernel().initNet();
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Ctx ctx = new Ctx(host, net, net, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new Programs());
        new Ip().run(ctx, new ArrayList<>(List.of(argv)));
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyObjectAndCommandIsDispatched() {
        for (String obj : IpWords.objects()) {
            assertFalse(stderrOf(obj).contains("Object \"" + obj + "\" is unknown"), obj);
            for (String cmd : IpWords.commands(obj)) {
                if (cmd.equals("exec")) continue; // needs a namespace and a program
                String e = stderrOf(obj, cmd);
                assertFalse(e.contains("Command \"" + cmd + "\" is unknown"), obj + " " + cmd + ": " + e);
            }
        }
    }

    @Test
    void everyLinkSetKeywordIsAKeywordNotADeviceName() {
        for (String kw : IpWords.linkSetKeywords()) {
            String e = stderrOf("link", "set", "lo", kw);
            assertFalse(e.contains("\"" + kw + "\" is a garbage"), kw + ": " + e);
        }
        // and the check can fail: a word that is no keyword is taken for a second device
        String e = stderrOf("link", "set", "lo", "nosuchkeyword");
        assertEquals(true, e.contains("is a garbage"), e);
    }

    @Test
    void prefixesResolveAsTheDispatcherDoes() {
        assertEquals("link", IpWords.resolve("li"));
        assertEquals("neighbour", IpWords.resolve("n"));
        assertEquals(null, IpWords.resolve("tun")); // ip tunnel: not emulated
        assertEquals("tuntap", IpWords.resolve("tunt"));
    }
}
