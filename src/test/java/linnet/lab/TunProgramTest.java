package linnet.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.rtnl.TunFd;
import linnet.shell.ScriptRunner;
import linnet.wire.Arp;
import linnet.wire.Ethernet;
import linnet.wire.Icmp;
import linnet.wire.Inet4;
import linnet.wire.Ipv4;
import org.junit.jupiter.api.Test;

/**
 * The notes' tun flow end to end: application A (ping) in a namespace sends to an address routed
 * into tun0; the stack hands the packet to tun0; application B, a program holding tun0 through
 * {@link TunFd}, reads the IP packet and writes an answer back, which the stack receives on tun0
 * and delivers to A. The same for a tap, where the program sees Ethernet frames and has to answer
 * ARP too (what a VM behind the tap does).
 */
class TunProgramTest {
    /** Application B: answers every ICMP echo request it reads as if it were the destination. */
    static final class EchoResponder {
        final TunFd fd;
        final List<String> seen = new ArrayList<>();

        EchoResponder(TunFd fd) {
            this.fd = fd;
            fd.setOnReadable(this::onReadable);
        }

        private void onReadable() {
            try {
                byte[] p;
                while ((p = fd.read()) != null) {
                    if (Ipv4.version(p, 0) != 4) continue; // e.g. IPv6 router solicitations
                    int ihl = Ipv4.ihl(p, 0);
                    seen.add(Inet4.format(Ipv4.src(p, 0)) + ">" + Inet4.format(Ipv4.dst(p, 0)));
                    if (Ipv4.protocol(p, 0) != Ipv4.PROTO_ICMP || Icmp.type(p, ihl) != Icmp.ECHO_REQUEST) continue;
                    fd.write(reply(p, ihl));
                }
            } catch (KernelException e) {
                throw new AssertionError(e);
            }
        }

        static byte[] reply(byte[] req, int ihl) {
            byte[] r = req.clone();
            int src = Ipv4.src(req, 0), dst = Ipv4.dst(req, 0);
            Ipv4.setSrc(r, 0, dst);
            Ipv4.setDst(r, 0, src);
            Ipv4.setTtl(r, 0, 64);
            Ipv4.fillChecksum(r, 0);
            Icmp.setType(r, ihl, Icmp.ECHO_REPLY);
            Icmp.fillChecksum(r, ihl, Ipv4.totalLength(r, 0) - ihl);
            return r;
        }
    }

    private final Lab lab = new Lab(11, Lab.Profile.BARE);
    private final ScriptRunner sh = new ScriptRunner(lab);

    private String run(String line, int expectRc) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        int rc = sh.runLine(line, p, p);
        String out = b.toString(StandardCharsets.UTF_8);
        assertEquals(expectRc, rc, line + "\n" + out);
        return out;
    }

    @Test
    void aPingRoutedIntoTun0IsAnsweredByTheProgram() throws KernelException {
        run("ip netns add vpn", 0);
        run("ip netns exec vpn ip link set lo up", 0);
        run("ip netns exec vpn ip tuntap add dev tun0 mode tun", 0);
        run("ip netns exec vpn ip addr add 192.168.3.11/24 dev tun0", 0);
        run("ip netns exec vpn ip link set tun0 up", 0);
        // Nobody holds tun0 yet: no carrier, the echo requests are dropped at the device.
        run("ip netns exec vpn ping -c 1 -W 1 192.168.3.1", 1);

        Net vpn = lab.main.host.netns().get("vpn");
        EchoResponder b = new EchoResponder(TunFd.open(lab.main.host.kernel(), vpn));
        assertEquals("tun0", b.fd.setIff("tun0", TunFd.IFF_TUN | TunFd.IFF_NO_PI));
        assertTrue(run("ip netns exec vpn ip link show tun0", 0)
                .contains("<POINTOPOINT,MULTICAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc pfifo_fast state UP"));

        String out = run("ip netns exec vpn ping -c 2 -i 0.2 192.168.3.1", 0);
        assertTrue(out.startsWith("PING 192.168.3.1 (192.168.3.1) 56(84) bytes of data.\n"
                + "64 bytes from 192.168.3.1: icmp_seq=1 ttl=64 time="), out);
        assertTrue(out.contains("64 bytes from 192.168.3.1: icmp_seq=2 ttl=64 time="), out);
        assertTrue(out.contains("2 packets transmitted, 2 received, 0% packet loss"), out);
        assertEquals(List.of("192.168.3.11>192.168.3.1", "192.168.3.11>192.168.3.1"), b.seen);

        String stats = run("ip netns exec vpn ip -s link show tun0", 0);
        // Two echo requests read (TX), two replies written (RX), the one from before B attached dropped.
        assertTrue(stats.endsWith("    link/none \n"
                + "    RX:  bytes packets errors dropped  missed   mcast           \n"
                + "           168       2      0       0       0       0 \n"
                + "    TX:  bytes packets errors dropped carrier collsns           \n"
                + "           168       2      0       1       0       0 \n"), stats);

        // The program exits: the persistent tun0 stays, without carrier.
        b.fd.close();
        assertTrue(run("ip netns exec vpn ip link show tun0", 0).contains("<NO-CARRIER,POINTOPOINT,MULTICAST,NOARP,UP>"));
        assertEquals("tun0: tun persist\n", run("ip netns exec vpn ip tuntap show", 0));
    }

    /**
     * A tap's program sees Ethernet frames: it plays a host with MAC {@code mac} at {@code addr},
     * answering ARP requests for it and echo requests to it (what a VM behind the tap would do).
     */
    static final class TapHost {
        final TunFd fd;
        final long mac;
        final int addr;

        TapHost(TunFd fd, long mac, int addr) {
            this.fd = fd;
            this.mac = mac;
            this.addr = addr;
            fd.setOnReadable(this::onReadable);
        }

        private void onReadable() {
            try {
                byte[] f;
                while ((f = fd.read()) != null) {
                    int e = Ethernet.HLEN;
                    if (Ethernet.type(f, 0) == Ethernet.P_ARP && Arp.op(f, e) == Arp.OP_REQUEST && Arp.tpa(f, e) == addr) {
                        byte[] r = f.clone();
                        Ethernet.setDst(r, 0, Ethernet.src(f, 0));
                        Ethernet.setSrc(r, 0, mac);
                        Arp.setOp(r, e, Arp.OP_REPLY);
                        Arp.setSha(r, e, mac);
                        Arp.setSpa(r, e, addr);
                        Arp.setTha(r, e, Arp.sha(f, e));
                        Arp.setTpa(r, e, Arp.spa(f, e));
                        fd.write(r);
                    } else if (Ethernet.type(f, 0) == Ethernet.P_IP && Ipv4.dst(f, e) == addr
                            && Ipv4.protocol(f, e) == Ipv4.PROTO_ICMP && Icmp.type(f, e + Ipv4.ihl(f, e)) == Icmp.ECHO_REQUEST) {
                        byte[] ip = EchoResponder.reply(java.util.Arrays.copyOfRange(f, e, f.length), Ipv4.ihl(f, e));
                        byte[] r = new byte[e + ip.length];
                        Ethernet.setDst(r, 0, Ethernet.src(f, 0));
                        Ethernet.setSrc(r, 0, mac);
                        Ethernet.setType(r, 0, Ethernet.P_IP);
                        System.arraycopy(ip, 0, r, e, ip.length);
                        fd.write(r);
                    }
                }
            } catch (KernelException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void aHostBehindATapAnswersArpAndPing() throws KernelException {
        run("ip netns add ns0", 0);
        run("ip netns exec ns0 ip tuntap add dev tap0 mode tap", 0);
        run("ip netns exec ns0 ip addr add 10.0.0.1/24 dev tap0", 0);
        run("ip netns exec ns0 ip link set tap0 up", 0);
        Net ns0 = lab.main.host.netns().get("ns0");
        TapHost vm = new TapHost(TunFd.open(lab.main.host.kernel(), ns0), 0x02_00_00_00_00_aaL, Inet4.parse("10.0.0.2"));
        vm.fd.setIff("tap0", TunFd.IFF_TAP | TunFd.IFF_NO_PI);

        String out = run("ip netns exec ns0 ping -c 2 -i 0.2 10.0.0.2", 0);
        assertTrue(out.contains("2 packets transmitted, 2 received, 0% packet loss"), out);
        assertEquals("10.0.0.2 dev tap0 lladdr 02:00:00:00:00:aa REACHABLE \n", run("ip netns exec ns0 ip neigh show", 0));
        vm.fd.close();
    }
}
