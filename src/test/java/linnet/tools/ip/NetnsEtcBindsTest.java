package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import linnet.kernel.fs.Nsproxy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.fs.Vfs;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * lib/namespace.c bind_etc: ip netns exec NAME (and ip -n NAME) see /etc/netns/NAME/ENTRY at
 * /etc/ENTRY, in that process and its children only.
 */
class NetnsEtcBindsTest {
    private final Lab lab = new Lab(2, Lab.Profile.BARE);
    private final ScriptRunner sh = new ScriptRunner(lab);
    private final Vfs vfs = lab.main.host.vfs();
    private final Net root = lab.main.host.kernel().initNet();
    private int rc;

    private String run(String line) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);
        rc = sh.runLine(line, p, p);
        return b.toString(StandardCharsets.UTF_8);
    }

    @BeforeEach
    void blue() throws KernelException {
        run("ip netns add blue");
        vfs.mkdir(Nsproxy.of(root), "/etc/netns");
        vfs.mkdir(Nsproxy.of(root), "/etc/netns/blue");
        vfs.write(Nsproxy.of(root), "/etc/netns/blue/resolv.conf", "nameserver 1.1.1.1\n");
    }

    @Test
    void execSeesTheNamespacesFilesAndOnlyIt() throws KernelException {
        String host = vfs.read(Nsproxy.of(root), "/etc/resolv.conf");
        assertEquals("nameserver 1.1.1.1\n", run("ip netns exec blue cat /etc/resolv.conf"));
        assertEquals(host, run("cat /etc/resolv.conf"));
        // a shell started there inherits the binds, its redirections too
        assertEquals("nameserver 1.1.1.1\n", run("ip netns exec blue sh -c 'cat /etc/resolv.conf; echo search x >> /etc/resolv.conf'"));
        assertEquals("nameserver 1.1.1.1\nsearch x\n", vfs.read(Nsproxy.of(root), "/etc/netns/blue/resolv.conf"));
        assertEquals(host, vfs.read(Nsproxy.of(root), "/etc/resolv.conf"));
        // the redirection of the line itself is the caller's: no bind there
        run("ip netns exec blue echo hi > /etc/hostname");
        assertEquals("hi\n", vfs.read(Nsproxy.of(root), "/etc/hostname"));
    }

    @Test
    void aBindWithoutItsTargetIsReportedAndSkipped() throws KernelException {
        vfs.write(Nsproxy.of(root), "/etc/netns/blue/nosuch.conf", "x\n");
        vfs.mkdir(Nsproxy.of(root), "/etc/netns/blue/hosts");
        assertEquals("Bind /etc/netns/blue/hosts -> /etc/hosts failed: Not a directory\n"
                + "Bind /etc/netns/blue/nosuch.conf -> /etc/nosuch.conf failed: No such file or directory\n"
                + "nameserver 1.1.1.1\n", run("ip netns exec blue cat /etc/resolv.conf"));
        assertEquals(0, rc);
    }

    @Test
    void ipDashNReadsTheNamespacesRtTables() throws KernelException {
        vfs.mkdir(Nsproxy.of(root), "/etc/netns/blue/iproute2");
        vfs.write(Nsproxy.of(root), "/etc/netns/blue/iproute2/rt_tables", "4711 bluet\n");
        assertEquals("", run("ip -n blue route add blackhole 10.9.0.0/16 table bluet"));
        assertEquals("blackhole 10.9.0.0/16 table bluet \n", run("ip -n blue route show table all | grep 10.9"));
        assertEquals("blackhole 10.9.0.0/16 table bluet \n", run("ip netns exec blue ip route show table all | grep 10.9"));
        assertEquals("6 10.9.0.0/16 table 4711 \n", run("ip -n blue -N route show table all | grep 10.9"));
        // outside the binds the name is unknown
        assertEquals("Error: argument \"bluet\" is wrong: table id value is invalid\n\n", run("ip route show table bluet"));
    }
}
