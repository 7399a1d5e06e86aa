package linnet.kernel.rtnl;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.Qdisc;
import linnet.kernel.core.SchFifo;
import linnet.kernel.core.SchFqCodel;
import linnet.kernel.core.SchGeneric;
import linnet.kernel.core.SchIngress;
import linnet.kernel.core.SchTbf;

/**
 * The rtnetlink door for qdiscs (net/sched/sch_api.c): RTM_NEWQDISC with tc's flags (add = CREATE|EXCL,
 * replace = CREATE|REPLACE, change = none), RTM_DELQDISC and the dump. Only roots and ingress: linnet has no
 * classful qdiscs yet, so a parent X:Y never names one.
 */
public final class RtnlQdisc {
    private RtnlQdisc() {}

    /** The kinds qdisc_lookup_ops finds on the oracle machine (no netem, prio, fq_codel modules there). */
    private static boolean known(String kind) {
        return SchFifo.isKind(kind) || kind.equals("tbf") || kind.equals("pfifo_fast") || kind.equals("ingress")
                || kind.equals("noqueue") || kind.equals("htb");
    }

    /** tc_dump_qdisc: per device in list order, the root then the ingress qdisc; builtins are skipped. */
    public static List<QdiscInfo> dump(Net net) {
        List<QdiscInfo> out = new ArrayList<>();
        for (NetDevice d : net.devices()) {
            if (!d.qdisc.builtin()) out.add(info(d, d.qdisc));
            if (d.ingressQdisc != null) out.add(info(d, d.ingressQdisc));
        }
        return out;
    }

    static QdiscInfo info(NetDevice d, Qdisc q) {
        Object opt = switch (q) {
            case SchFifo f -> f.options();
            case SchTbf t -> new QdiscInfo.TbfDump(t.options(), t.bufferTicks(), t.mtuTicks());
            case SchFqCodel c -> c.options();
            case linnet.kernel.core.SchHtb h -> new QdiscInfo.HtbDump(h.r2q, h.defcls, h.directPkts,
                    linnet.kernel.core.SchHtb.VERSION, h.directQlen);
            case SchGeneric.PfifoFast p -> new QdiscInfo.PrioDump(3, SchGeneric.PRIO2BAND.clone());
            default -> null;
        };
        return new QdiscInfo(d.ifindex(), q.kind, q.handle, q.parent, q.refcnt, opt, q.bytes, q.packets, q.drops,
                q.overlimits, q.requeues, q.backlog, q.qlen());
    }

    /**
     * tc_modify_qdisc. {@code parent} is TC_H_ROOT, TC_H_INGRESS, another class id or 0; {@code handle} a major
     * handle or 0; {@code kind} null when tc named none; {@code options} the kind's parameters or null.
     */
    public static void modify(Net net, int ifindex, int parent, int handle, String kind, Object options,
                              boolean create, boolean replace, boolean excl) throws KernelException {
        NetDevice dev = net.byIndex(ifindex);
        if (dev == null) throw new KernelException(Errno.ENODEV);
        Qdisc q;
        if (parent != 0) {
            if (parent == Qdisc.TC_H_ROOT) {
                q = dev.qdisc;
            } else if (parent == Qdisc.TC_H_INGRESS) {
                q = dev.ingressQdisc;
            } else {
                throw new KernelException(Errno.ENOENT, "Failed to find specified qdisc");
            }
            // a default qdisc (handle 0) is there to be replaced
            if (q != null && q.handle == 0) q = null;
            if (q == null || handle == 0 || q.handle != handle) {
                if (handle != 0) {
                    if (q != null && !replace) throw new KernelException(Errno.EEXIST, "NLM_F_REPLACE needed to override");
                    if ((handle & 0xFFFF) != 0) throw new KernelException(Errno.EINVAL, "Invalid minor handle");
                    Qdisc other = lookup(dev, handle);
                    if (other == null) {
                        createAndGraft(dev, parent, handle, kind, options, create);
                        return;
                    }
                    if (other.parent != parent)
                        throw new KernelException(Errno.EINVAL, "Cannot move an existing qdisc to a different parent");
                    if (excl) throw new KernelException(Errno.EEXIST, "Exclusivity flag on, cannot override");
                    if (kind != null && !kind.equals(other.kind))
                        throw new KernelException(Errno.EINVAL, "Invalid qdisc name: must match existing qdisc");
                    // the same qdisc grafted where it already is
                    return;
                }
                if (q == null) {
                    createAndGraft(dev, parent, handle, kind, options, create);
                    return;
                }
                // another kind in place of the existing one: add and replace graft a new qdisc, and so
                // does change (create_n_graft2, without asking for NLM_F_CREATE); the same kind is changed
                if (kind != null && !kind.equals(q.kind)) {
                    if ((create && replace) || (create && excl)) {
                        createAndGraft(dev, parent, handle, kind, options, create);
                        return;
                    }
                    if (!create && !replace && !excl) {
                        createAndGraft(dev, parent, handle, kind, options, true);
                        return;
                    }
                }
            }
        } else {
            if (handle == 0) throw new KernelException(Errno.EINVAL, "Handle cannot be zero");
            q = lookup(dev, handle);
        }
        if (q == null) throw new KernelException(Errno.ENOENT, "Specified qdisc not found");
        if (excl) throw new KernelException(Errno.EEXIST, "Exclusivity flag on, cannot modify");
        if (kind != null && !kind.equals(q.kind))
            throw new KernelException(Errno.EINVAL, "Invalid qdisc name: must match existing qdisc");
        change(q, options);
    }

    /** qdisc_change: the kind's change op with the new options (none given: nothing changes). */
    private static void change(Qdisc q, Object options) throws KernelException {
        if (options == null) return;
        switch (q) {
            case SchFifo f -> f.change(((SchFifo.Opt) options).limit());
            case SchTbf t -> t.change((SchTbf.Opt) options);
            default -> throw new KernelException(Errno.EINVAL, "Change operation not supported by specified qdisc");
        }
    }

    private static void createAndGraft(NetDevice dev, int parent, int handle, String kind, Object options,
                                       boolean create) throws KernelException {
        if (!create) throw new KernelException(Errno.ENOENT, "Qdisc not found. To create specify NLM_F_CREATE flag");
        if (kind == null || !known(kind)) throw new KernelException(Errno.ENOENT, "Specified qdisc kind is unknown");
        if (parent == Qdisc.TC_H_INGRESS || kind.equals("ingress")) {
            // ingress_init: only where the ingress hook is
            if (parent != Qdisc.TC_H_INGRESS || !kind.equals("ingress")) throw new KernelException(Errno.EOPNOTSUPP);
            dev.ingressQdisc = new SchIngress(dev);
            dev.net().kernel.floodChanged(dev);
            return;
        }
        Qdisc q = switch (kind) {
            case "tbf" -> {
                // tbf_init: tc always sends the parameters; without them the kernel refuses
                if (options == null) throw new KernelException(Errno.EINVAL);
                yield SchTbf.create(dev, (SchTbf.Opt) options);
            }
            case "pfifo_fast" -> new SchGeneric.PfifoFast(dev);
            case "noqueue" -> new SchGeneric.NoQueue(dev);
            case "htb" -> {
                if (options == null) throw new KernelException(Errno.EINVAL);
                yield new linnet.kernel.core.SchHtb(dev, (linnet.kernel.core.SchHtb.Opt) options);
            }
            default -> new SchFifo(kind, dev, options == null ? null : ((SchFifo.Opt) options).limit());
        };
        q.handle = handle != 0 ? handle : allocHandle(dev);
        q.parent = Qdisc.TC_H_ROOT;
        // qdisc_graft: one reference per transmit queue it is grafted on, besides the qdisc's own
        q.refcnt = 1 + Math.max(dev.numTxQueues, 1);
        Qdisc old = dev.qdisc;
        old.destroy();
        dev.qdisc = q;
        dev.net().kernel.floodChanged(dev);
    }

    /** qdisc_alloc_handle: the machine-wide counter from 8001: up, skipping handles in use on the device. */
    private static int allocHandle(NetDevice dev) throws KernelException {
        linnet.kernel.core.Kernel k = dev.net().kernel;
        for (int i = 0x8000; i > 0; i--) {
            k.qdiscAutohandle += 0x10000;
            if (k.qdiscAutohandle == 0xFFFF0000) k.qdiscAutohandle = 0x80000000;
            if (lookup(dev, k.qdiscAutohandle) == null) return k.qdiscAutohandle;
        }
        throw new KernelException(Errno.ENOSPC, "Maximum number of qdisc handles was exceeded");
    }

    private static Qdisc lookup(NetDevice dev, int handle) {
        if (dev.qdisc.handle == handle && !dev.qdisc.builtin()) return dev.qdisc;
        if (dev.ingressQdisc != null && dev.ingressQdisc.handle == handle) return dev.ingressQdisc;
        return null;
    }

    /** tc_get_qdisc for RTM_DELQDISC: the root or ingress qdisc goes, and the device gets its default back. */
    public static void delete(Net net, int ifindex, int parent, int handle, String kind) throws KernelException {
        NetDevice dev = net.byIndex(ifindex);
        if (dev == null) throw new KernelException(Errno.ENODEV);
        Qdisc q;
        if (parent != 0) {
            if (parent == Qdisc.TC_H_ROOT) {
                q = dev.qdisc;
            } else if (parent >>> 16 == Qdisc.TC_H_INGRESS >>> 16) {
                q = dev.ingressQdisc;
            } else {
                throw new KernelException(Errno.ENOENT, "Failed to find qdisc with specified classid");
            }
            if (q == null) throw new KernelException(Errno.ENOENT, "Cannot find specified qdisc on specified device");
            if (handle != 0 && q.handle != handle) throw new KernelException(Errno.EINVAL, "Invalid handle");
        } else {
            q = lookup(dev, handle);
            if (q == null) throw new KernelException(Errno.ENOENT, "Failed to find qdisc with specified handle");
        }
        if (kind != null && !kind.equals(q.kind))
            throw new KernelException(Errno.EINVAL, "Invalid qdisc name: must match existing qdisc");
        if (parent == 0) throw new KernelException(Errno.EINVAL, "Classid cannot be zero");
        if (q.handle == 0) throw new KernelException(Errno.ENOENT, "Cannot delete qdisc with handle of zero");
        q.destroy();
        if (q == dev.ingressQdisc) {
            dev.ingressQdisc = null;
            return;
        }
        // dev_graft_qdisc(NULL) then dev_activate: an open device gets its default qdisc again
        dev.qdisc = new SchGeneric.Noop(dev);
        if (dev.isUp()) dev.qdisc = SchGeneric.createDefault(dev, dev.defaultQdiscKind());
        dev.net().kernel.floodChanged(dev);
    }
}
