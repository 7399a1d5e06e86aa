package linnet.kernel.proc;

import static org.junit.jupiter.api.Assertions.*;

import linnet.lab.Lab;
import org.junit.jupiter.api.Test;

class PidTableTest {
    final Lab lab = new Lab(1, Lab.Profile.BARE);
    final linnet.kernel.rtnl.Host host = lab.main.host;
    final PidTable pids = host.pids();

    @Test
    void initIsPidOneInTheRootNamespaceAndChildrenInheritTheNamespace() {
        assertEquals(1, pids.init().pid);
        Proc sh = pids.fork(null, "bash");
        Proc child = pids.fork(sh, "sleep");
        assertEquals(sh.pid, child.ppid);
        assertTrue(child.pid > sh.pid);
        assertSame(host.kernel().initNet(), child.net());
        pids.exit(child);
        assertNull(pids.get(child.pid));
        assertFalse(pids.kill(child.pid, PidTable.SIGTERM), "a gone pid is ESRCH");
    }

    @Test
    void aNamespaceWhoseNameIsDeletedLivesWhileAProcessIsInIt() {
        var a = host.netns().add("a");
        Proc p = pids.fork(null, "sleep");
        pids.setns(p, a);
        assertEquals(java.util.List.of(p), pids.in(a));
        host.netns().delete("a");
        assertTrue(a.alive(), "the process still holds it");
        pids.exit(p);
        assertFalse(a.alive(), "the last holder gone, cleanup_net ran");
    }

    @Test
    void signalsReachTheTargetOnlyForLiveProcesses() {
        Proc p = pids.fork(null, "sleep");
        int[] got = {0};
        p.onSignal(s -> got[0] = s);
        assertTrue(pids.kill(p.pid, PidTable.SIGKILL));
        assertEquals(PidTable.SIGKILL, got[0]);
        assertTrue(pids.kill(p.pid, 0));
        assertEquals(PidTable.SIGKILL, got[0], "signal 0 only checks");
    }

    @Test
    void signalNamesAndNumbers() {
        assertEquals(15, Signals.parse("TERM"));
        assertEquals(15, Signals.parse("sigterm"));
        assertEquals(9, Signals.parse("9"));
        assertEquals(-1, Signals.parse("FOO"));
        assertEquals(-1, Signals.parse("99"));
        assertEquals("RTMIN+3", Signals.name(37));
        assertEquals("RTMAX-1", Signals.name(63));
        assertEquals("Killed", Signals.description(9));
        assertFalse(Signals.terminates(PidTable.SIGCHLD));
    }
}
