package linnet.tools.iptables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import linnet.kernel.netfilter.XtRule;
import org.junit.jupiter.api.Test;

/**
 * What iptables 1.8.9 (nf_tables) shows for the spellings users type, recorded on the kernel:
 * the command as typed, its -S form, and its -L (names) extension text.
 */
class ExtensionKernelTextTest {
    static void check(String typed, String save, String listNames) {
        XtRule r = ExtensionRoundTripTest.parse(typed);
        assertEquals(save, IptPrint.save(r), typed);
        StringBuilder sb = new StringBuilder();
        IptPrint.rule(sb, r, 1, IptPrint.OPTIONS | IptPrint.NOCOUNTS);
        String line = sb.toString();
        assertEquals(listNames, line.substring(line.indexOf("anywhere") + 2 * 21 - 1, line.length() - 1), typed);
    }

    @Test
    void tcpFlags() {
        check(" -p tcp --syn -j ACCEPT", " -p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j ACCEPT",
                " tcp flags:FIN,SYN,RST,ACK/SYN");
        check(" -p tcp ! --syn -j DROP", " -p tcp -m tcp ! --tcp-flags FIN,SYN,RST,ACK SYN -j DROP",
                " tcp flags:!FIN,SYN,RST,ACK/SYN");
        check(" -p tcp --tcp-flags SYN,ACK SYN", " -p tcp -m tcp --tcp-flags SYN,ACK SYN", " tcp flags:SYN,ACK/SYN");
        check(" -p tcp --tcp-flags ALL NONE", " -p tcp -m tcp --tcp-flags FIN,SYN,RST,PSH,ACK,URG NONE",
                " tcp flags:FIN,SYN,RST,PSH,ACK,URG/NONE");
        check(" -p tcp --tcp-flags ALL FIN,PSH,URG", " -p tcp -m tcp --tcp-flags FIN,SYN,RST,PSH,ACK,URG FIN,PSH,URG",
                " tcp flags:FIN,SYN,RST,PSH,ACK,URG/FIN,PSH,URG");
        check(" -p tcp --tcp-flags SYN,FIN SYN,FIN --dport 22", " -p tcp -m tcp --dport 22 --tcp-flags FIN,SYN FIN,SYN",
                " tcp dpt:ssh flags:FIN,SYN/FIN,SYN");
        check(" -p tcp --sport 80 --tcp-flags ACK ACK", " -p tcp -m tcp --sport 80 --tcp-flags ACK ACK",
                " tcp spt:http flags:ACK/ACK");
    }

    @Test
    void limit() {
        check(" -m limit", " -m limit --limit 3/hour", " limit: avg 3/hour burst 5");
        check(" -m limit --limit 3/minute", " -m limit --limit 3/min", " limit: avg 3/min burst 5");
        check(" -m limit --limit 5/s --limit-burst 10 -j ACCEPT", " -m limit --limit 5/sec --limit-burst 10 -j ACCEPT",
                " limit: avg 5/sec burst 10");
    }

    @Test
    void iprangeMacLength() {
        check(" -m iprange --src-range 10.0.0.1", " -m iprange --src-range 10.0.0.1-10.0.0.1",
                " source IP range 10.0.0.1-10.0.0.1");
        check(" -m mac --mac-source 00:11:22:aa:BB:cc -j DROP", " -m mac --mac-source 00:11:22:aa:bb:cc -j DROP",
                " MAC 00:11:22:aa:bb:cc");
        check(" -m length --length :500", " -m length --length 0:500", " length 0:500");
        check(" -m length --length 1000:", " -m length --length 1000:65535", " length 1000:65535");
    }

    @Test
    void iprangeOptionOnlyOnce() {
        IptError e = org.junit.jupiter.api.Assertions.assertThrows(IptError.class, () -> ExtensionRoundTripTest
                .parse(" -m iprange --src-range 10.0.0.1-10.0.0.9 ! --src-range 10.0.0.5-10.0.0.7"));
        org.junit.jupiter.api.Assertions.assertTrue(
                e.getMessage().contains("iprange: option \"--src-range\" can only be used once."), e.getMessage());
    }
}
