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
}
