package linnet.tools.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ResolverTest {
    @Test
    void inetAtonAcceptsEveryNumericForm() {
        assertEquals(0x7f000001, Resolver.inetAton("127.0.0.1"));
        assertEquals(0x7f000001, Resolver.inetAton("127.1"));
        assertEquals(0x7f000001, Resolver.inetAton("0x7f.1"));
        assertEquals(0x0a000102, Resolver.inetAton("10.0.258"));
        assertEquals(0x0a000001, Resolver.inetAton("012.0.0.1"));
        assertEquals(0x7f000001, Resolver.inetAton("2130706433"));
        assertEquals(0xffffffff, Resolver.inetAton("255.255.255.255"));
    }

    @Test
    void inetAtonRefusesWhatIsNotAnAddress() {
        assertNull(Resolver.inetAton("1.2.3.4.5"));
        assertNull(Resolver.inetAton("999.1.1.1"));
        assertNull(Resolver.inetAton("1.2.3.256"));
        assertNull(Resolver.inetAton("08.1.1.1"));
        assertNull(Resolver.inetAton("1..2"));
        assertNull(Resolver.inetAton(""));
        assertNull(Resolver.inetAton("a.b"));
    }

    @Test
    void namesFailAsGlibcFailsWithoutANameServer() {
        // well-formed: DNS would be asked, and there is none
        for (String n : new String[] {"nosuchhost", "exa_mple", "a-.b", "1.2.3.4.5", "999.1.1.1", "why"}) {
            assertEquals(Resolver.EAI_AGAIN, Resolver.resolve4(n).error(), n);
        }
        // refused by res_hnok before any query
        for (String n : new String[] {"//", "a..b", "a/b", "a b", "", "-x"}) {
            assertEquals(Resolver.EAI_NONAME, Resolver.resolve4(n).error(), n);
        }
        assertEquals(0x7f000001, Resolver.resolve4("localhost").address());
        assertEquals("localhost", Resolver.hostsName(0x7f000001));
    }
}
