package linnet.kernel.rtnl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.Qdisc;
import linnet.kernel.core.SchFifo;
import linnet.lab.Lab;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** tc_modify_qdisc and tc_get_qdisc's rules: which request creates, grafts, changes or is refused, and with what. */
class RtnlQdiscTest {
    static final int ROOT = Qdisc.TC_H_ROOT;
    final Lab lab = new Lab(1, Lab.Profile.BARE);
    final Net net = lab.main.host.kernel().initNet();
    NetDevice v0;

    @BeforeEach
    void setUp() throws KernelException {
        lab.main.host.rtnl().newVeth(net, "v0", new LinkAttrs(null, null, null), net, "v1", new LinkAttrs(null, null, null));
        v0 = net.byName("v0");
        v0.open();
    }

    void add(int handle, String kind, Object opt) throws KernelException {
        RtnlQdisc.modify(net, v0.ifindex(), ROOT, handle, kind, opt, true, false, true);
    }

    void replace(int handle, String kind, Object opt) throws KernelException {
        RtnlQdisc.modify(net, v0.ifindex(), ROOT, handle, kind, opt, true, true, false);
    }

    void change(int handle, String kind, Object opt) throws KernelException {
        RtnlQdisc.modify(net, v0.ifindex(), ROOT, handle, kind, opt, false, false, false);
    }

    static String extack(KernelException e) { return e.extack; }

    @Test
    void addOverAnExistingRootNeedsReplaceOrAnotherKind() throws KernelException {
        add(0x10000, "pfifo", null);
        KernelException e = assertThrows(KernelException.class, () -> add(0x20000, "pfifo", new SchFifo.Opt(7)));
        assertEquals("NLM_F_REPLACE needed to override", extack(e));
        e = assertThrows(KernelException.class, () -> add(0, "pfifo", new SchFifo.Opt(7)));
        assertEquals("Exclusivity flag on, cannot modify", extack(e));
        // the same handle with another kind cannot be changed into it
        e = assertThrows(KernelException.class, () -> replace(0x10000, "bfifo", null));
        assertEquals("Invalid qdisc name: must match existing qdisc", extack(e));
        // no handle and another kind: add grafts a new qdisc with an automatic handle
        add(0, "bfifo", null);
        assertEquals("bfifo", v0.qdisc.kind);
        assertEquals(0x80010000, v0.qdisc.handle);
        // change with another kind grafts too (create_n_graft2)
        change(0, "pfifo", new SchFifo.Opt(12));
        assertEquals("pfifo", v0.qdisc.kind);
        assertEquals(0x80020000, v0.qdisc.handle);
        assertEquals(12, ((SchFifo) v0.qdisc).limit);
        assertEquals(3, v0.qdisc.refcnt);
    }

    @Test
    void changeKeepsTheQdiscAndItsCounters() throws KernelException {
        add(0x30000, "pfifo_head_drop", new SchFifo.Opt(5));
        Qdisc q = v0.qdisc;
        q.drops = 4;
        change(0x30000, "pfifo_head_drop", new SchFifo.Opt(9));
        assertEquals(q, v0.qdisc);
        assertEquals(9, ((SchFifo) q).limit);
        assertEquals(4, q.drops);
    }

    @Test
    void refusalsNameTheirCause() throws KernelException {
        assertEquals("Specified qdisc kind is unknown",
                extack(assertThrows(KernelException.class, () -> add(0x10000, "netem", null))));
        assertEquals("Specified qdisc not found", extack(assertThrows(KernelException.class,
                () -> RtnlQdisc.modify(net, v0.ifindex(), 0, 0x10000, "pfifo", null, true, false, true))));
        assertEquals("Failed to find specified qdisc", extack(assertThrows(KernelException.class,
                () -> RtnlQdisc.modify(net, v0.ifindex(), 0x70001, 0x10000, "pfifo", null, true, false, true))));
        assertEquals("Cannot delete qdisc with handle of zero",
                extack(assertThrows(KernelException.class, () -> RtnlQdisc.delete(net, v0.ifindex(), ROOT, 0, null))));
        add(0x10000, "pfifo", null);
        assertEquals("Invalid handle",
                extack(assertThrows(KernelException.class, () -> RtnlQdisc.delete(net, v0.ifindex(), ROOT, 0x20000, null))));
        assertEquals(Errno.ENODEV,
                assertThrows(KernelException.class, () -> RtnlQdisc.delete(net, 999, ROOT, 0, null)).errno);
        // nothing changed on the way
        assertEquals("pfifo", v0.qdisc.kind);
        assertEquals(0x10000, v0.qdisc.handle);
    }

    @Test
    void deleteGivesTheDeviceItsDefaultBackOrNoopWhileDown() throws KernelException {
        add(0x10000, "pfifo", null);
        RtnlQdisc.delete(net, v0.ifindex(), ROOT, 0, null);
        assertEquals("noqueue", v0.qdisc.kind);
        assertEquals(0, v0.qdisc.handle);
        add(0x10000, "pfifo", null);
        v0.close();
        RtnlQdisc.delete(net, v0.ifindex(), ROOT, 0x10000, "pfifo");
        assertEquals("noop", v0.qdisc.kind);
        v0.open();
        assertEquals("noqueue", v0.qdisc.kind);
    }

    @Test
    void theDumpSkipsNoopAndListsIngressAfterTheRoot() throws KernelException {
        RtnlQdisc.modify(net, v0.ifindex(), Qdisc.TC_H_INGRESS, 0xFFFF0000, "ingress", null, true, false, true);
        var l = RtnlQdisc.dump(net).stream().filter(q -> q.ifindex() == v0.ifindex()).toList();
        assertEquals(2, l.size());
        assertEquals("noqueue", l.get(0).kind());
        assertEquals("ingress", l.get(1).kind());
        assertEquals(Qdisc.TC_H_INGRESS, l.get(1).parent());
    }
}
