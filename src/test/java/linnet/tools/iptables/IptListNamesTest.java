package linnet.tools.iptables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** `iptables -L` without -n: "any" interfaces, /etc/networks names, LOG level names (recorded on the oracle). */
class IptListNamesTest {
    private static String run(ScriptRunner r, String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        r.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void symbolicListing() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        run(r, "iptables -A INPUT -s 10.99.0.0/16 -d 127.0.0.0/8 -j DROP");
        run(r, "iptables -A INPUT ! -s 127.0.0.1 -j LOG --log-prefix \"fw: \"");
        run(r, "iptables -A INPUT -i veth+ -j ACCEPT");
        assertEquals("""
                Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
                 pkts bytes target     prot opt in     out     source               destination        \s
                    0     0 DROP       all  --  any    any     10.99.0.0/16         loopback/8         \s
                    0     0 LOG        all  --  any    any    !localhost            anywhere             LOG level warn prefix "fw: "
                    0     0 ACCEPT     all  --  veth+  any     anywhere             anywhere           \s
                """, run(r, "iptables -L INPUT -v"));
        assertEquals("""
                Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
                 pkts bytes target     prot opt in     out     source               destination        \s
                    0     0 DROP       0    --  *      *       10.99.0.0/16         127.0.0.0/8        \s
                    0     0 LOG        0    --  *      *      !127.0.0.1            0.0.0.0/0            LOG flags 0 level 4 prefix "fw: "
                    0     0 ACCEPT     0    --  veth+  *       0.0.0.0/0            0.0.0.0/0          \s
                """, run(r, "iptables -L INPUT -v -n"));
    }

    @Test
    void portNamesComeFromEtcServicesForTheRuleProtocol() {
        ScriptRunner r = new ScriptRunner(new Lab(1, Lab.Profile.BARE));
        run(r, "iptables -A INPUT -p tcp -m multiport --dports 1,2,3,22 -j ACCEPT");
        run(r, "iptables -A INPUT -p udp -m multiport --sports 1,53,123 -j ACCEPT");
        run(r, "iptables -A INPUT -p tcp --dport 1");
        String l = run(r, "iptables -L INPUT");
        // 1 is tcpmux for tcp only, 2 has only a ddp entry
        assertEquals(true, l.contains("multiport dports tcpmux,2,3,ssh\n"), l);
        assertEquals(true, l.contains("multiport sports 1,domain,ntp\n"), l);
        assertEquals(true, l.contains("tcp dpt:tcpmux\n"), l);
        assertEquals("iptables v1.8.9 (nf_tables): log level \"8\" unknown\n\n"
                + "Try `iptables -h' or 'iptables --help' for more information.\n",
                run(r, "iptables -A INPUT -j LOG --log-level 8"));
    }
}
