package linnet.tools.iptables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import linnet.kernel.netfilter.IpEntry;
import linnet.kernel.netfilter.JumpTarget;
import linnet.kernel.netfilter.XtRule;
import linnet.kernel.netfilter.xt.PortMatch;
import org.junit.jupiter.api.Test;

class IptParserTest {
    static Command parse(String line) { return IptParser.parse(Arrays.asList(line.split(" "))); }

    static String saved(String line) { return IptPrint.save(parse(line).rule.toRule()); }

    @Test
    void bangBeforeAnOptionInvertsIt() {
        IpEntry ip = parse("-A INPUT ! -s 10.0.0.0/8 ! -i eth+ ! -p udp -j ACCEPT").rule.ipEntry();
        assertTrue(ip.inv(IpEntry.INV_SRCIP));
        assertTrue(ip.inv(IpEntry.INV_VIA_IN));
        assertTrue(ip.inv(IpEntry.INV_PROTO));
        assertEquals("eth+", ip.inIface());
        assertEquals(0x0a000000, ip.src());
        assertEquals(0xff000000, ip.srcMask());
    }

    @Test
    void bangBeforeAnExtensionOptionGoesToTheExtension() {
        XtRule r = parse("-A INPUT -p tcp ! --dport 22 -j DROP").rule.toRule();
        PortMatch m = (PortMatch) r.matches.get(0);
        assertTrue(m.invDport());
        assertEquals(" -p tcp -m tcp ! --dport 22 -j DROP", IptPrint.save(r));
    }

    @Test
    void bangErrors() {
        assertEquals("multiple consecutive ! not allowed", assertThrows(IptError.class,
                () -> parse("-A INPUT ! ! -s 1.2.3.4 -j ACCEPT")).msg);
        assertEquals("cannot have ! before -j", assertThrows(IptError.class,
                () -> parse("-A INPUT ! -j ACCEPT")).msg);
        assertEquals("nothing appropriate following !", assertThrows(IptError.class,
                () -> parse("-A INPUT -j ACCEPT !")).msg);
        assertEquals("comment: option \"--comment\" cannot be inverted.\n", assertThrows(IptError.class,
                () -> parse("-A INPUT -m comment ! --comment x")).msg);
    }

    @Test
    void longOptionsMayBeAbbreviatedToAUniquePrefix() {
        assertEquals(saved("-A INPUT -p tcp --dport 22 -j ACCEPT"), saved("--app INPUT --proto tcp --dp 22 --jump ACCEPT"));
        assertEquals(" -d 10.1.2.3/32", saved("-A INPUT --dst 10.1.2.3"));
        assertEquals(" -s 10.1.2.3/32", saved("-A INPUT --src 10.1.2.3"));
        // "--d" could be --delete, --destination, --dst, --delete-chain: refused like getopt_long does.
        assertEquals("unknown option \"--d\"", assertThrows(IptError.class, () -> parse("-A INPUT --d 1.2.3.4")).msg);
        assertEquals(" -p tcp -m tcp --dport 80", saved("-A INPUT -p tcp --dport=80"));
    }

    @Test
    void shortOptionsCluster() {
        Command c = parse("-nvL INPUT");
        assertEquals('L', c.cmd);
        assertEquals("INPUT", c.chain);
        assertTrue(c.numeric && c.verbose);
        c = parse("-tnat -S");
        assertEquals("nat", c.table);
    }

    @Test
    void implicitProtocolMatchComesWhereItsFirstOptionIs() {
        assertEquals(" -s 10.0.1.1/32 -p icmp -m state --state NEW -m icmp --icmp-type 8 -j ACCEPT",
                saved("-A INPUT -m state --state NEW -p icmp --icmp-type echo-request -s 10.0.1.1 -j ACCEPT"));
        assertEquals("unknown option \"--dport\"", assertThrows(IptError.class,
                () -> parse("-A INPUT --dport 80 -j ACCEPT")).msg);
    }

    @Test
    void commandArguments() {
        Command c = parse("-I FOO 3 -j ACCEPT");
        assertEquals(3, c.rulenum);
        assertEquals(1, parse("-I FOO -j ACCEPT").rulenum);
        assertEquals(0, parse("-D FOO -j ACCEPT").rulenum);
        assertEquals(2, parse("-D FOO 2").rulenum);
        assertEquals("-R requires a rule number", assertThrows(IptError.class, () -> parse("-R FOO -j ACCEPT")).msg);
        assertEquals("Invalid rule number `0'", assertThrows(IptError.class, () -> parse("-D FOO 0")).msg);
        c = parse("-L -Z");
        assertTrue(c.alsoZero);
        assertEquals("Cannot use -A with -L", assertThrows(IptError.class, () -> parse("-L -A INPUT")).msg);
        // -Z CHAIN N replaces the command word: the listing is gone, only rule N is zeroed.
        c = parse("-L -Z FOO 2");
        assertEquals('Z', c.cmd);
        assertEquals(Command.ZERO_NUM, c.command);
        c = parse("-Z FOO 2 -L");
        assertEquals('L', c.cmd);
        assertTrue(c.alsoZeroNum);
        assertEquals(new JumpTarget("FOO", true), parse("-A INPUT -g FOO").rule.toRule().target);
    }

    @Test
    void addressesAreMaskedAndMasksMayBeDotted() {
        assertEquals(" -s 10.1.0.0/16", saved("-A X -s 10.1.2.3/16"));
        assertEquals(" -d 10.0.0.0/255.0.255.0", saved("-A X -d 10.9.0.9/255.0.255.0"));
        assertEquals(" -s 10.0.0.0/8", saved("-A X -s 10.0.0.0/255.0.0.0"));
        assertEquals(List.of("invalid mask `33' specified"),
                List.of(assertThrows(IptError.class, () -> parse("-A X -s 1.2.3.4/33")).msg));
    }
}
