package linnet.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;
import org.junit.jupiter.api.Test;

/** A device's conf directories go with exactly that device (scenario 551 on the kernel). */
class SysctlDeviceDirTest {
    @Test
    void deletingVLeavesTheDirectoriesOfVDot1() {
        Lab lab = new Lab(1, Lab.Profile.BARE);
        ScriptRunner r = new ScriptRunner(lab);
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        r.runLine("ip link add name v type veth peer name x", sink, sink);
        r.runLine("ip link add name v.1 type veth peer name y", sink, sink);
        Net net = lab.main.host.kernel().initNet();
        assertEquals(0, r.runLine("ip link del dev v", sink, sink));
        for (String dir : new String[] {"net.ipv4.conf.", "net.ipv6.conf.", "net.ipv4.neigh.", "net.ipv6.neigh."}) {
            String knob = dir.contains("conf") ? "forwarding" : "ucast_solicit";
            assertNull(net.sysctl.get(dir + "v." + knob), dir + "v. is gone");
            assertNotNull(net.sysctl.get(dir + "v.1." + knob), dir + "v.1. stays");
        }
    }

    @Test
    void removePrefixTakesOnlyDirectories() {
        Sysctl s = new Lab(1, Lab.Profile.BARE).main.host.kernel().initNet().sysctl;
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> s.removePrefix("net.ipv4.conf.lo"));
    }
}
