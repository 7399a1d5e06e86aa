package linnet.tools.nettools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** arp(8) of net-tools 2.10 over SIOCSARP/SIOCDARP and /proc/net/arp (texts recorded on the oracle). */
class ArpTest {
    private final ScriptRunner sh = new ScriptRunner(new Lab(4, Lab.Profile.BARE));
    private int rc;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    private void lan() {
        for (String l : new String[] {"ip netns add p", "ip link add eth5 type veth peer name eth6 netns p",
                "ip link set eth5 address 02:00:00:00:05:05", "ip addr add 192.0.2.1/24 dev eth5",
                "ip -n p addr add 192.0.2.2/24 dev eth6", "ip link set eth5 up", "ip -n p link set eth6 up",
                "ip link set lo up", "ip route add 203.0.113.0/24 via 192.0.2.2"}) {
            run(l);
            assertEquals(0, rc, l);
        }
    }

    @Test
    void setListAndDelete() {
        lan();
        assertEquals("", run("arp -n"));
        run("arp -s 192.0.2.50 02:00:00:00:00:50");
        run("arp -s 192.0.2.51 2:0:0:0:0:51 temp");
        assertEquals(0, rc);
        assertEquals("""
                Address                  HWtype  HWaddress           Flags Mask            Iface
                192.0.2.50               ether   02:00:00:00:00:50   CM                    eth5
                192.0.2.51               ether   02:00:00:00:00:51   C                     eth5
                """, run("arp -n"));
        assertEquals("""
                ? (192.0.2.50) at 02:00:00:00:00:50 [ether] PERM on eth5
                ? (192.0.2.51) at 02:00:00:00:00:51 [ether] on eth5
                """, run("arp -a"));
        // "temp" is a STALE entry with the address
        assertTrue(run("ip neigh show 192.0.2.51").contains("lladdr 02:00:00:00:00:51 STALE"));
        run("arp -d 192.0.2.50");
        assertEquals(0, rc);
        assertEquals("No ARP entry for 192.0.2.50\n", run("arp -d 192.0.2.50"));
        assertEquals(255, rc);
        assertEquals("192.0.2.9 (192.0.2.9) -- no entry\n", run("arp -n 192.0.2.9"));
        assertEquals(0, rc);
        assertEquals("arp: in 1 entries no match found.\n", run("arp -a 192.0.2.9"));
        assertEquals("arp: in 1 entries no match found.\n", run("arp -n -i lo"));
    }

    @Test
    void kernelRefusals() {
        lan();
        // a local address routes to lo, whose type is not ether
        assertEquals("SIOCSARP: Invalid argument\n", run("arp -s 192.0.2.1 02:00:00:00:00:01"));
        assertEquals(255, rc);
        // only a gateway reaches it: no link-scope route
        assertEquals("SIOCSARP: Network is unreachable\n", run("arp -s 203.0.113.9 02:00:00:00:00:09"));
        assertEquals("SIOCDARP(dontpub): Network is unreachable\n", run("arp -d 203.0.113.9"));
        assertEquals("SIOCSARP: No such device\n", run("arp -i nosuch -s 192.0.2.59 02:00:00:00:00:59"));
        // pub without a device: the device owning the MAC, none here
        assertEquals("SIOCSARP: No such device\n", run("arp -s 192.0.2.52 02:00:00:00:00:52 pub"));
        assertEquals("arp: invalid hardware address\n", run("arp -s 192.0.2.56 02-00-00-00-00-56"));
        assertEquals("arp: need hardware address\n", run("arp -s 192.0.2.57"));
        assertEquals("arp: need host name\n", run("arp -d"));
        assertEquals("nosuchhost: Host name lookup failure\n", run("arp -s nosuchhost 02:00:00:00:00:58"));
        assertEquals("arp: bogus: unknown hardware type.\n", run("arp -H bogus"));
        assertEquals("arp: loop: hardware type without ARP support.\n", run("arp -H loop -n"));
        assertEquals("arp: inet6: kernel only supports 'inet'.\n", run("arp -p inet6 -n"));
        assertEquals(255, rc);
        assertTrue(run("arp -x").startsWith("arp: invalid option -- 'x'\nUsage:\n"));
        assertEquals(3, rc);
        assertEquals("", run("ip neigh show"));
    }

    @Test
    void publishedEntriesAndNoarpDeletes() {
        lan();
        run("arp -i eth5 -s 192.0.2.40 02:00:00:00:00:40 pub");
        run("arp -Ds 192.0.2.42 eth5 pub");
        run("arp -Ds 192.0.2.44 lo pub");
        assertEquals(0, rc);
        // pneigh_hash buckets: .44 in 0, .40 in 4, .42 in 6
        assertEquals("""
                Address                  HWtype  HWaddress           Flags Mask            Iface
                192.0.2.44               *       <from_interface>    MP                    lo
                192.0.2.40               *       <from_interface>    MP                    eth5
                192.0.2.42               *       <from_interface>    MP                    eth5
                """, run("arp -n"));
        assertTrue(run("cat /proc/net/arp").contains("192.0.2.44       0x304       0xc         00:00:00:00:00:00     *        lo\n"));
        assertEquals("? (192.0.2.40) at <from_interface> PERM PUB on eth5\n", run("arp -an -i eth5 192.0.2.40"));
        // without -i the published entry (of eth5) is not found
        assertEquals("No ARP entry for 192.0.2.42\n", run("arp -d 192.0.2.42"));
        run("arp -i eth5 -d 192.0.2.42");
        assertEquals(0, rc);
        // a NOARP entry is removed, yet reported as missing
        run("ip neigh add 192.0.2.80 dev eth5 nud noarp lladdr 02:00:00:00:00:80");
        assertEquals("No ARP entry for 192.0.2.80\n", run("arp -d 192.0.2.80"));
        // -4: the device's IPv6 multicast neighbours (MLD, DAD) are NOARP entries too
        assertEquals("", run("ip -4 neigh show nud noarp dev eth5"));
    }

    @Test
    void etherAddressParsing() {
        assertEquals(0x020000000003L, Arp.inEther("2:0:0:0:0:3"));
        assertEquals(0x020000000033L, Arp.inEther("02:00:00:00:00:33:44"));
        assertEquals(0x0a0b0c0d0e0fL, Arp.inEther("0a0b0c0d0e0f"));
        assertNull(Arp.inEther("02-00-00-00-00-31"));
        assertNull(Arp.inEther("zz:00:00:00:00:00"));
    }
}
