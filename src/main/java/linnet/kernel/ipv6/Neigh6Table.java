package linnet.kernel.ipv6;

import static linnet.kernel.ipv4.Neighbour.NUD_CONNECTED;
import static linnet.kernel.ipv4.Neighbour.NUD_DELAY;
import static linnet.kernel.ipv4.Neighbour.NUD_FAILED;
import static linnet.kernel.ipv4.Neighbour.NUD_INCOMPLETE;
import static linnet.kernel.ipv4.Neighbour.NUD_NOARP;
import static linnet.kernel.ipv4.Neighbour.NUD_PERMANENT;
import static linnet.kernel.ipv4.Neighbour.NUD_PROBE;
import static linnet.kernel.ipv4.Neighbour.NUD_REACHABLE;
import static linnet.kernel.ipv4.Neighbour.NUD_STALE;
import static linnet.kernel.ipv4.Neighbour.NUD_VALID;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.sim.EventLoop;

/**
 * The IPv6 neighbour table of one namespace (nd_tbl: net/core/neighbour.c with ndisc's
 * parameters): the same NUD state machine as ARP on the virtual clock, solicitations by
 * {@link Ndisc}, queued packets reported "address unreachable" when resolution fails.
 */
public final class Neigh6Table {
    static final long SEC = EventLoop.NS_PER_SEC;
    /** nd_tbl defaults. */
    public long baseReachableTime = 30 * SEC, retransTime = 1 * SEC, delayProbeTime = 5 * SEC;
    public int ucastProbes = 3, mcastProbes = 3, unresQlen = 101;
    static final long MIN_TIMER = 8 * EventLoop.NS_PER_MS;

    private record Key(int ifindex, long hi, long lo) {}

    private final Net net;
    private final AfInet6 af;
    /** The entries by key, in creation order (the order of a dump). */
    private final Map<Key, Neigh6> entries = new java.util.LinkedHashMap<>();
    /**
     * The newest entry of each device, the head of its chain through {@link Neigh6#devPrev}: so
     * that neigh_ifdown of one of a hundred thousand devices touches only that device's entries.
     */
    private final Map<NetDevice, Neigh6> devTail = new HashMap<>();
    private long reachableTime = -1, reachableDrawnAt;

    Neigh6Table(Net net, AfInet6 af) {
        this.net = net;
        this.af = af;
    }

    private static Key key(byte[] a, NetDevice dev) {
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(a);
        return new Key(dev.ifindex(), bb.getLong(0), bb.getLong(8));
    }

    private long now() { return net.kernel.loop.now(); }

    public Neigh6 lookup(byte[] addr, NetDevice dev) { return entries.get(key(addr, dev)); }

    public List<Neigh6> entries() { return new ArrayList<>(entries.values()); }

    Neigh6 create(byte[] addr, NetDevice dev) {
        Key k = key(addr, dev);
        Neigh6 n = entries.get(k);
        if (n == null) {
            n = new Neigh6(addr.clone(), dev);
            n.updated = n.used = now();
            n.confirmed = now() - 2 * baseReachableTime;
            // ndisc_constructor: a group maps to its MAC; on a NOARP or loopback device (or one
            // without link-layer addresses) nothing is resolved: the device's own address.
            if (dev.addrLen == 0) {
                n.state = NUD_NOARP;
            } else if (linnet.wire.Inet6.isMulticast(addr)) {
                n.state = NUD_NOARP;
                n.lladdr = linnet.wire.Inet6.multicastMac(addr);
                n.hasLladdr = true;
            } else if ((dev.flags() & (linnet.kernel.core.Iff.NOARP | linnet.kernel.core.Iff.LOOPBACK)) != 0) {
                n.state = NUD_NOARP;
                n.lladdr = dev.addr;
                n.hasLladdr = true;
            }
            entries.put(k, n);
            Neigh6 tail = devTail.put(dev, n);
            n.devPrev = tail;
            if (tail != null) tail.devNext = n;
        }
        return n;
    }

    private long reachableTime() {
        long now = now();
        if (reachableTime < 0 || now - reachableDrawnAt >= 300 * SEC) {
            reachableTime = baseReachableTime / 2
                    + (long) (net.kernel.rng.nextInt(1 << 30) / (double) (1 << 30) * baseReachableTime);
            reachableDrawnAt = now;
        }
        return reachableTime;
    }

    private void arm(Neigh6 n, long delay) {
        if (n.timer != null) n.timer.cancel();
        n.timer = net.kernel.loop.schedule(delay, () -> timerHandler(n));
    }

    private void disarm(Neigh6 n) {
        if (n.timer != null) n.timer.cancel();
        n.timer = null;
    }

    /** neigh_timer_handler. */
    private void timerHandler(Neigh6 n) {
        n.timer = null;
        if (entries.get(key(n.key, n.dev)) != n) return;
        long now = now();
        int s = n.state;
        if ((s & NUD_REACHABLE) != 0) {
            long reach = reachableTime();
            if (now <= n.confirmed + reach) {
                arm(n, Math.max(n.confirmed + reach - now, MIN_TIMER));
            } else if (now <= n.used + delayProbeTime) {
                n.state = NUD_DELAY;
                n.updated = now;
                arm(n, delayProbeTime);
            } else {
                n.state = NUD_STALE;
                n.updated = now;
            }
            return;
        }
        if ((s & NUD_DELAY) != 0) {
            if (now <= n.confirmed + delayProbeTime) {
                n.state = NUD_REACHABLE;
                n.updated = now;
                arm(n, reachableTime());
            } else {
                n.state = NUD_PROBE;
                n.updated = now;
                n.probes = 0;
                probe(n);
            }
            return;
        }
        if ((s & (NUD_INCOMPLETE | NUD_PROBE)) != 0) {
            int max = (s & NUD_INCOMPLETE) != 0 ? mcastProbes : ucastProbes;
            if (n.probes >= max) {
                n.state = NUD_FAILED;
                n.updated = now;
                invalidate(n);
                return;
            }
            probe(n);
        }
    }

    private void probe(Neigh6 n) {
        n.probes++;
        af.ndisc.solicit(n, n.lastQueued());
        arm(n, retransTime);
    }

    /** neigh_invalidate: every queued packet is reported unreachable (ndisc_error_report). */
    private void invalidate(Neigh6 n) {
        SkBuff skb;
        while ((skb = n.pollQueued()) != null) af.icmp.send(skb, linnet.wire.Icmpv6.DEST_UNREACH, linnet.wire.Icmpv6.ADDR_UNREACH, 0);
    }

    /** neigh_resolve_output. */
    void output(Neigh6 n, SkBuff skb) {
        long now = now();
        n.used = now;
        int s = n.state;
        if (n.dev.net().kernel.tracer != null) traceOutput(n, skb, s);
        if ((s & (NUD_CONNECTED | NUD_DELAY | NUD_PROBE)) != 0) {
            af.ndisc.finishOutput(n, skb);
            return;
        }
        if (s == NUD_STALE) {
            n.state = NUD_DELAY;
            n.updated = now;
            arm(n, delayProbeTime);
            af.ndisc.finishOutput(n, skb);
            return;
        }
        if (s != NUD_INCOMPLETE) {
            n.state = NUD_INCOMPLETE;
            n.updated = now;
            n.probes = 0;
            enqueue(n, skb);
            probe(n);
            return;
        }
        enqueue(n, skb);
    }

    /** What neigh_resolve_output is about to do with the packet, told to a tracer (as ARP's are). */
    private static void traceOutput(Neigh6 n, SkBuff skb, int s) {
        String who = linnet.wire.Inet6.format(n.key) + " dev " + n.dev.name() + " " + linnet.kernel.ipv4.Neighbour.stateName(s);
        String what = (s & (NUD_CONNECTED | NUD_DELAY | NUD_PROBE | NUD_STALE)) != 0
                ? ": lladdr " + linnet.wire.Mac.format(n.lladdr)
                : s == NUD_INCOMPLETE ? ": queued, resolution under way" : ": queued, neighbor solicitation sent";
        n.dev.net().kernel.tracer.step(skb, n.dev.net(), n.dev, linnet.kernel.core.SkbTracer.Kind.NEIGH, who + what);
    }

    private void enqueue(Neigh6 n, SkBuff skb) {
        if (n.queued() >= unresQlen) n.pollQueued();
        n.enqueue(skb);
    }

    /** neigh_update: REACHABLE for a solicited advertisement, STALE for other news. */
    void update(Neigh6 n, long lladdr, boolean hasLladdr, int state, boolean override) {
        if ((n.state & (NUD_NOARP | NUD_PERMANENT)) != 0) return;
        long now = now();
        if (!hasLladdr) {
            if (!n.hasLladdr) return;
            lladdr = n.lladdr;
        }
        boolean changed = !n.hasLladdr || n.lladdr != lladdr;
        if ((n.state & NUD_VALID) != 0 && changed && !override) {
            if (state == NUD_REACHABLE) return;
            if (n.state != NUD_STALE) return;
        }
        if (state == NUD_STALE && !changed && (n.state & NUD_VALID) != 0) return;
        n.lladdr = lladdr;
        n.hasLladdr = true;
        n.updated = now;
        if (state == NUD_REACHABLE) {
            n.confirmed = now;
            n.state = NUD_REACHABLE;
            arm(n, reachableTime());
        } else {
            n.state = state;
            disarm(n);
        }
        SkBuff skb;
        while ((skb = n.pollQueued()) != null) af.ndisc.finishOutput(n, skb);
    }

    /** neigh_add from RTM_NEWNEIGH (ip -6 neigh add/replace/change): the same rules as arp_tbl. */
    public void userAdd(byte[] addr, NetDevice dev, int state, Long lladdr, boolean create, boolean excl, int flags)
            throws linnet.kernel.core.KernelException {
        Neigh6 n = lookup(addr, dev);
        if (n != null && excl) throw new linnet.kernel.core.KernelException(linnet.kernel.core.Errno.EEXIST);
        boolean fresh = false;
        if (n == null) {
            if (!create) throw new linnet.kernel.core.KernelException(linnet.kernel.core.Errno.ENOENT);
            n = create(addr, dev);
            fresh = true;
        }
        if (lladdr == null && (state & NUD_VALID) != 0 && !n.hasLladdr
                && (dev.flags() & (linnet.kernel.core.Iff.NOARP | linnet.kernel.core.Iff.LOOPBACK)) == 0) {
            if (fresh) remove(n);
            throw new linnet.kernel.core.KernelException(linnet.kernel.core.Errno.EINVAL, "No link layer address given.");
        }
        n.flags = flags;
        if ((state & NUD_VALID) == 0) {
            disarm(n);
            n.state = state;
            return;
        }
        if (lladdr != null) {
            n.lladdr = lladdr;
            n.hasLladdr = true;
        }
        long now = now();
        n.updated = now;
        n.state = state;
        disarm(n);
        if ((state & NUD_CONNECTED) != 0) n.confirmed = now;
        if (state == NUD_REACHABLE) {
            arm(n, reachableTime());
        } else if (state == NUD_DELAY) {
            arm(n, delayProbeTime);
        } else if (state == NUD_PROBE) {
            n.probes = 0;
            arm(n, retransTime);
        }
        SkBuff skb;
        while ((skb = n.pollQueued()) != null) af.ndisc.finishOutput(n, skb);
    }

    /** neigh_delete (RTM_DELNEIGH). */
    public void userDelete(byte[] addr, NetDevice dev) throws linnet.kernel.core.KernelException {
        Neigh6 n = lookup(addr, dev);
        if (n == null) throw new linnet.kernel.core.KernelException(linnet.kernel.core.Errno.ENOENT);
        remove(n);
    }

    public void remove(Neigh6 n) {
        disarm(n);
        n.clearQueue();
        entries.remove(key(n.key, n.dev));
        unchain(n);
    }

    private void unchain(Neigh6 n) {
        if (n.devNext == null && devTail.get(n.dev) != n) return; // not chained (removed already)
        if (n.devPrev != null) n.devPrev.devNext = n.devNext;
        if (n.devNext != null) n.devNext.devPrev = n.devPrev;
        else if (n.devPrev != null) devTail.put(n.dev, n.devPrev);
        else devTail.remove(n.dev);
        n.devPrev = n.devNext = null;
    }

    /** neigh_ifdown. */
    void ifdown(NetDevice dev, boolean unregister) {
        List<Neigh6> own = new ArrayList<>();
        for (Neigh6 n = devTail.get(dev); n != null; n = n.devPrev) own.add(n);
        java.util.Collections.reverse(own);
        for (Neigh6 n : own) {
            if (!unregister && (n.state & NUD_PERMANENT) != 0) continue;
            remove(n);
        }
    }
}
