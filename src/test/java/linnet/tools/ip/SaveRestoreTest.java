package linnet.tools.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import linnet.kernel.core.Net;
import linnet.kernel.fs.Nsproxy;
import linnet.kernel.fs.RawText;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** A dump saved by Linux restores here, and one saved here is the same bytes but for seq and port. */
class SaveRestoreTest {
    private final Lab lab = new Lab(1, Lab.Profile.BARE);
    private final ScriptRunner r = new ScriptRunner(lab);

    private String run(String line) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(buf, true, StandardCharsets.UTF_8);
        int rc = r.runLine(line, p, p);
        return buf.toString(StandardCharsets.UTF_8) + (rc != 0 ? "[exit " + rc + "]\n" : "");
    }

    private void setup() {
        run("ip link add v0 type veth peer name v1");
        run("ip addr add 10.0.0.1/24 dev v0");
        run("ip link set v0 up");
        run("ip link set v1 up");
    }

    @Test
    void aFileLinuxSavedRestores() throws Exception {
        setup();
        assertEquals(3, lab.main.host.kernel().initNet().byName("v0").ifindex());
        java.io.ByteArrayOutputStream f = new java.io.ByteArrayOutputStream();
        f.writeBytes(linnet.kernel.rtnl.RouteMsgTest.hex("24 12 31 45"));
        f.writeBytes(linnet.kernel.rtnl.RouteMsgTest.GATEWAY);
        f.writeBytes(linnet.kernel.rtnl.RouteMsgTest.METRICS);
        Net init = lab.main.host.kernel().initNet();
        lab.main.host.vfs().write(new Nsproxy(init, linnet.kernel.fs.Mounts.NONE), "/tmp/f", RawText.decode(f.toByteArray()));
        assertEquals("", run("ip route restore < /tmp/f"));
        assertEquals("10.0.0.0/24 dev v0 proto kernel scope link src 10.0.0.1 \n"
                + "10.8.0.0/16 dev v0 scope link metric 50 mtu 1400 \n"
                + "10.9.0.0/16 via 10.0.0.2 dev v0 \n", run("ip route"));
        assertEquals("RTNETLINK answers: File exists\nRTNETLINK answers: File exists\n", run("ip route restore < /tmp/f"));
    }

    @Test
    void aSaveIsTheKernelsBytesAfterTheMagic() throws Exception {
        setup();
        run("ip route add 10.8.0.0/16 dev v0 metric 50 mtu 1400");
        run("ip route add 10.9.0.0/16 via 10.0.0.2");
        run("ip route save > /tmp/f");
        Net init = lab.main.host.kernel().initNet();
        byte[] saved = RawText.encode(lab.main.host.vfs().read(new Nsproxy(init, linnet.kernel.fs.Mounts.NONE), "/tmp/f"));
        assertEquals(4 + 60 + 72 + 60, saved.length);
        // seq and port differ from run to run on Linux too; the rest is the kernel's
        byte[] gw = java.util.Arrays.copyOfRange(saved, 4 + 60 + 72, saved.length);
        System.arraycopy(linnet.kernel.rtnl.RouteMsgTest.GATEWAY, 8, gw, 8, 8);
        org.junit.jupiter.api.Assertions.assertArrayEquals(linnet.kernel.rtnl.RouteMsgTest.GATEWAY, gw);
        assertEquals("Magic mismatch (1 elems, 45311224 magic)\n[exit 255]\n", run("ip addr restore < /tmp/f"));
        // restore seeks back for its passes, which a pipe cannot; showdump reads once
        assertEquals("Failed to restore: ftell: Illegal seek\n[exit 1]\n", run("cat /tmp/f | ip route restore"));
        assertEquals("3\n", run("cat /tmp/f | ip route showdump | wc -l"));
    }
}
