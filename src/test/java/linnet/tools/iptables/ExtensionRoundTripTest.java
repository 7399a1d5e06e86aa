package linnet.tools.iptables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import linnet.kernel.netfilter.XtRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/**
 * Every extension's save form, parsed again, gives the same kernel rule and the same text
 * (what makes iptables-save | iptables-restore an identity), and -L prints what 1.8.9 prints.
 */
class ExtensionRoundTripTest {
    /** A rule in -S form (after "-A CHAIN") and its -L -n extension text. */
    static List<Arguments> rules() {
        return Stream.of(
                new String[] {" -i lo -p tcp -m tcp --dport 22 -j ACCEPT", " tcp dpt:22"},
                new String[] {" -p tcp -m tcp ! --sport 1000:2000 --dport 80 -j DROP", " tcp spts:!1000:2000 dpt:80"},
                new String[] {" -p udp -m udp --dport 53", " udp dpt:53"},
                new String[] {" -p icmp -m icmp --icmp-type 8 -j ACCEPT", " icmptype 8"},
                new String[] {" -p icmp -m icmp ! --icmp-type 3/3 -j ACCEPT", " icmp !type 3 code 3"},
                new String[] {" -p icmp -m icmp --icmp-type any", " icmptype 255"},
                new String[] {" -p udp -m multiport --dports 53,123 -j ACCEPT", " multiport dports 53,123"},
                new String[] {" -p tcp -m multiport ! --ports 22,1000:2000 -j ACCEPT",
                    " multiport ports  !22,1000:2000"},
                new String[] {" -m comment --comment \"allow ssh\" -j ACCEPT", " /* allow ssh */"},
                new String[] {" -m comment --comment plain-word", " /* plain-word */"},
                new String[] {" -m mark --mark 0x1 -j ACCEPT", " mark match 0x1"},
                new String[] {" -m mark ! --mark 0x10/0xf0", " mark match ! 0x10/0xf0"},
                new String[] {" -m addrtype --dst-type LOCAL -j RETURN", " ADDRTYPE match dst-type LOCAL"},
                new String[] {" -m addrtype ! --src-type LOCAL,BROADCAST --limit-iface-in",
                    " ADDRTYPE match src-type !LOCAL,BROADCAST limit-in"},
                new String[] {" -m physdev --physdev-in v2p --physdev-out v1p -j ACCEPT",
                    " PHYSDEV match --physdev-in v2p --physdev-out v1p"},
                new String[] {" -m physdev ! --physdev-is-bridged", " PHYSDEV match ! --physdev-is-bridged"},
                new String[] {" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT", " ctstate RELATED,ESTABLISHED"},
                new String[] {" -m conntrack ! --ctstate INVALID,DNAT -j ACCEPT", " ! ctstate INVALID,DNAT"},
                new String[] {" -m state --state NEW -j ACCEPT", " state NEW"},
                new String[] {" -p icmp -j REJECT --reject-with icmp-host-prohibited", " reject-with icmp-host-prohibited"},
                new String[] {" -p tcp -j REJECT --reject-with tcp-reset", " reject-with tcp-reset"},
                new String[] {" -j LOG --log-prefix \"in: \" --log-level 6 --log-uid", " LOG flags 8 level 6 prefix \"in: \""},
                new String[] {" -j MARK --set-xmark 0x1/0xffffffff", " MARK set 0x1"},
                new String[] {" -j MARK --set-xmark 0x0/0xfffffffe", " MARK and 0x1"},
                new String[] {" -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE", ""},
                new String[] {" -p tcp -j MASQUERADE --to-ports 1024-2048 --random", " masq ports: 1024-2048 random"},
                new String[] {" -p udp -m udp --dport 8080 -j DNAT --to-destination 172.17.0.2:80", " udp dpt:8080 to:172.17.0.2:80"},
                new String[] {" -j SNAT --to-source 10.0.0.1-10.0.0.9 --persistent", " to:10.0.0.1-10.0.0.9 persistent"},
                new String[] {" -p tcp -j REDIRECT --to-ports 3128", " redir ports 3128"},
                new String[] {" -f -j DROP", ""},
                new String[] {" ! -p tcp -g OTHER", "[goto] "},
                new String[] {" -p gre -j ACCEPT", ""},
                // Recorded from iptables 1.8.9 (nf_tables) on the kernel: -S and -L -n.
                new String[] {" -p tcp -m tcp --tcp-flags FIN,SYN,RST,ACK SYN -j ACCEPT", " tcp flags:0x17/0x02"},
                new String[] {" -p tcp -m tcp ! --tcp-flags FIN,SYN,RST,ACK SYN -j DROP", " tcp flags:!0x17/0x02"},
                new String[] {" -p tcp -m tcp --tcp-flags FIN,SYN,RST,PSH,ACK,URG NONE", " tcp flags:0x3F/0x00"},
                new String[] {" -p tcp -m tcp ! --tcp-flags FIN,SYN,RST,ACK RST,ACK", " tcp flags:!0x17/0x14"},
                new String[] {" -p tcp -m tcp --dport 22 --tcp-flags FIN,SYN FIN,SYN", " tcp dpt:22 flags:0x03/0x03"},
                new String[] {" -p tcp -m tcp --sport 80 --tcp-flags ACK ACK", " tcp spt:80 flags:0x10/0x10"},
                new String[] {" -m limit --limit 5/sec --limit-burst 10 -j ACCEPT", " limit: avg 5/sec burst 10"},
                new String[] {" -m limit --limit 3/min", " limit: avg 3/min burst 5"},
                new String[] {" -m limit --limit 1/hour --limit-burst 1", " limit: avg 1/hour burst 1"},
                new String[] {" -m limit --limit 2/day", " limit: avg 2/day burst 5"},
                new String[] {" -m limit --limit 3/hour", " limit: avg 3/hour burst 5"},
                new String[] {" -m limit --limit 10000/sec", " limit: avg 10000/sec burst 5"},
                new String[] {" -m limit --limit 7/min", " limit: avg 7/min burst 5"},
                new String[] {" -m limit --limit 100/hour", " limit: avg 100/hour burst 5"},
                new String[] {" -m iprange --src-range 10.0.0.1-10.0.0.9", " source IP range 10.0.0.1-10.0.0.9"},
                new String[] {" -m iprange ! --dst-range 192.168.1.10-192.168.1.20",
                    " destination IP range ! 192.168.1.10-192.168.1.20"},
                new String[] {" -m iprange ! --src-range 1.1.1.1-1.1.1.1 --dst-range 2.2.2.2-2.2.2.3",
                    " source IP range ! 1.1.1.1-1.1.1.1 destination IP range 2.2.2.2-2.2.2.3"},
                new String[] {" -m mac --mac-source 00:11:22:aa:bb:cc -j DROP", " MAC 00:11:22:aa:bb:cc"},
                new String[] {" -m mac ! --mac-source 02:00:00:00:00:01", " MAC ! 02:00:00:00:00:01"},
                new String[] {" -m length --length 100", " length 100"},
                new String[] {" -m length ! --length 100:200", " length !100:200"},
                new String[] {" -m length --length 0:500", " length 0:500"},
                new String[] {" -m length --length 1000:65535", " length 1000:65535"},
                new String[] {" -m ttl --ttl-eq 64", " TTL match TTL == 64"},
                new String[] {" -m ttl ! --ttl-eq 1", " TTL match TTL != 1"},
                new String[] {" -m ttl --ttl-lt 10", " TTL match TTL < 10"},
                new String[] {" -m ttl --ttl-gt 100", " TTL match TTL > 100"},
                new String[] {" -j TTL --ttl-set 64", " TTL set to 64"},
                new String[] {" -j TTL --ttl-dec 1", " TTL decrement by 1"},
                new String[] {" -j TTL --ttl-inc 2", " TTL increment by 2"},
                new String[] {" -j NOTRACK", " NOTRACK"},
                new String[] {" -p udp -j CT --notrack", " CT notrack"}).map(a -> Arguments.of(a[0], a[1])).toList();
    }

    static XtRule parse(String spec) {
        return IptParser.parse(Arrays.asList(("-A X" + spec).strip().split(" (?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"))
                .stream().map(w -> w.replace("\"", "")).toList()).rule.toRule();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void saveFormParsesBackToTheSameRule(String spec, String text) {
        String[] c = {spec, text};
        XtRule r = parse(c[0]);
        assertEquals(c[0], IptPrint.save(r));
        XtRule again = parse(IptPrint.save(r));
        assertTrue(r.sameAs(again), c[0]);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void listFormShowsTheExtensionText(String spec, String text) {
        String[] c = {spec, text};
        XtRule r = parse(c[0]);
        StringBuilder sb = new StringBuilder();
        IptPrint.rule(sb, r, 1, IptPrint.OPTIONS | IptPrint.NUMERIC | IptPrint.NOCOUNTS);
        String line = sb.toString();
        // target (%-9s + space), proto (inversion + %-5s), "-- ", then two address columns.
        int extStart = Math.max(9, IptPrint.targetName(r).length()) + 1 + 1 + 5 + 3 + 2 * (1 + 19 + 1);
        assertEquals(c[1], line.substring(extStart, line.length() - 1), c[0]);
    }
}
