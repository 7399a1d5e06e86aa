package linnet.kernel.ipv4;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.DropReason;
import linnet.kernel.core.Errno;
import linnet.kernel.core.Iff;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.sim.EventLoop;

/**
 * The ARP neighbour table of one namespace (net/core/neighbour.c with arp_tbl's parameters):
 * NUD state machine on the virtual clock, packet queueing while a neighbour resolves, and the
 * ICMP host-unreachable report when resolution fails.
 */
public final class NeighTable {
    static final long SEC = EventLoop.NS_PER_SEC;
    /** arp_tbl defaults (neigh_parms). */
    public long baseReachableTime = 30 * SEC, retransTime = 1 * SEC, delayProbeTime = 5 * SEC, gcStaleTime = 60 * SEC;
    public int ucastProbes = 3, mcastProbes = 3, appProbes = 0, unresQlen = 101;

    private final Net net;
    private final Ipv4 ipv4;
    /** Lookup by (ifindex, address) without boxing; {@link #order} keeps creation order for dumps. */
    private final linnet.kernel.core.LongMap<Neighbour> entries = new linnet.kernel.core.LongMap<>();
    private final java.util.LinkedHashSet<Neighbour> order = new java.util.LinkedHashSet<>();

    NeighTable(Net net, Ipv4 ipv4) {
        this.net = net;
        this.ipv4 = ipv4;
    }

    private static long key(int addr, NetDevice dev) { return ((long) dev.ifindex() << 32) | (addr & 0xffffffffL); }

    private long now() { return net.kernel.loop.now(); }

    public Neighbour lookup(int addr, NetDevice dev) { return entries.get(key(addr, dev)); }

    public List<Neighbour> entries() { return new ArrayList<>(order); }

    /**
     * ___neigh_create: a new entry set up by arp_constructor, or the entry already there under the
     * key the constructor chose (every neighbour of a loopback or point-to-point device is keyed
     * 0.0.0.0, so a second address on lo finds the first entry).
     */
    Neighbour create(int addr, NetDevice dev) {
        int key = (dev.flags() & (Iff.LOOPBACK | Iff.POINTOPOINT)) != 0 ? 0 : addr;
        Neighbour n = entries.get(key(key, dev));
        if (n == null) {
            n = new Neighbour(key, dev);
            n.updated = n.used = now();
            n.confirmed = now() - 2 * baseReachableTime;
            construct(n);
            entries.put(key(key, dev), n);
            order.add(n);
        }
        return n;
    }

    /**
     * arp_constructor: devices without a link-layer header, and NOARP or loopback devices, need no
     * resolution (NOARP, with the device's own address as the neighbour's); multicast and
     * broadcast destinations and point-to-point peers map to a fixed address (NOARP too).
     */
    private void construct(Neighbour n) {
        NetDevice dev = n.dev;
        int type = NfOps.inetDevAddrType(net, n.key, null);
        if (type == linnet.kernel.ipv4.FibRoute.RTN_MULTICAST) {
            n.state = Neighbour.NUD_NOARP;
            if (dev.addrLen > 0) {
                // ip_eth_mc_map: 01:00:5e + the low 23 bits of the group.
                n.lladdr = 0x01005e000000L | (n.key & 0x7fffffL);
                n.hasLladdr = true;
            }
            return;
        }
        if (dev.addrLen == 0 || dev.hardHeaderLen() == 0) {
            n.state = Neighbour.NUD_NOARP;
            return;
        }
        if ((dev.flags() & (Iff.NOARP | Iff.LOOPBACK)) != 0) {
            n.state = Neighbour.NUD_NOARP;
            n.lladdr = dev.addr;
            n.hasLladdr = true;
        } else if (type == linnet.kernel.ipv4.FibRoute.RTN_BROADCAST || (dev.flags() & Iff.POINTOPOINT) != 0) {
            n.state = Neighbour.NUD_NOARP;
            n.lladdr = dev.broadcast;
            n.hasLladdr = true;
        }
    }

    /** The entry ip_finish_output2 uses for next hop {@code nh} (created on first use, marked used). */
    public Neighbour outputNeigh(int nh, NetDevice dev) {
        int key = (dev.flags() & (Iff.LOOPBACK | Iff.POINTOPOINT)) != 0 ? 0 : nh;
        Neighbour n = entries.get(key(key, dev));
        if (n == null) n = create(nh, dev);
        return n;
    }

    /** neigh_changeaddr (NOARP toggled, MAC changed): every entry of the device goes, permanent ones too. */
    public void changeaddr(NetDevice dev) {
        for (Neighbour n : entries()) if (n.dev == dev) remove(n);
        proxies.removeIf(p -> p.dev() == dev);
    }

    /** A proxy ARP entry (struct pneigh_entry): answered for, never resolved. */
    public record Proxy(int key, NetDevice dev) {}

    private final List<Proxy> proxies = new ArrayList<>();

    /**
     * The proxy entries in dump order: pneigh_hash folds the key's last four bytes (read as a
     * little-endian word) into one of 16 buckets, walked in order, and pneigh_lookup puts a new
     * entry at the head of its bucket.
     */
    public List<Proxy> proxies() {
        List<Proxy> out = new ArrayList<>(proxies.size());
        for (int b = 0; b < 16; b++)
            for (int i = proxies.size() - 1; i >= 0; i--) if (pneighHash(proxies.get(i).key()) == b) out.add(proxies.get(i));
        return out;
    }

    /** pneigh_hash for an IPv4 key: the address bytes in memory order, as an x86 u32, xor-folded to 4 bits. */
    static int pneighHash(int addr) {
        int v = Integer.reverseBytes(addr);
        v ^= v >>> 16;
        v ^= v >>> 8;
        v ^= v >>> 4;
        return v & 0xf;
    }

    /** pneigh_lookup with creation: adding one that exists is no error. */
    public void proxyAdd(int addr, NetDevice dev) {
        for (Proxy p : proxies) if (p.key() == addr && p.dev() == dev) return;
        proxies.add(new Proxy(addr, dev));
    }

    public void proxyDelete(int addr, NetDevice dev) throws KernelException {
        if (!proxies.removeIf(p -> p.key() == addr && p.dev() == dev)) throw new KernelException(Errno.ENOENT);
    }

    /** parms->reachable_time: drawn in [base/2, 3*base/2) and re-drawn every 300 s, like neigh_periodic_work. */
    private long reachableTime = -1, reachableDrawnAt;

    private long reachableTime() {
        long now = now();
        if (reachableTime < 0 || now - reachableDrawnAt >= 300 * SEC) {
            reachableTime = baseReachableTime / 2
                    + (long) (net.kernel.rng.nextInt(1 << 30) / (double) (1 << 30) * baseReachableTime);
            reachableDrawnAt = now;
        }
        return reachableTime;
    }

    /** The shortest re-arm of a neighbour timer (HZ/100 jiffies at HZ=250: 8 ms). */
    static final long MIN_TIMER = 8 * EventLoop.NS_PER_MS;

    private void arm(Neighbour n, long delay) {
        if (n.timer != null) n.timer.cancel();
        n.timer = net.kernel.loop.schedule(delay, () -> timerHandler(n));
    }

    private void disarm(Neighbour n) {
        if (n.timer != null) n.timer.cancel();
        n.timer = null;
    }

    /** neigh_timer_handler. */
    private void timerHandler(Neighbour n) {
        n.timer = null;
        if (entries.get(key(n.key, n.dev)) != n) return;
        long now = now();
        int s = n.state;
        if ((s & Neighbour.NUD_REACHABLE) != 0) {
            long reach = reachableTime();
            if (now <= n.confirmed + reach) {
                arm(n, Math.max(n.confirmed + reach - now, MIN_TIMER));
            } else if (now <= n.used + delayProbeTime) {
                n.state = Neighbour.NUD_DELAY;
                n.updated = now;
                arm(n, delayProbeTime);
            } else {
                n.state = Neighbour.NUD_STALE;
                n.updated = now;
            }
            return;
        }
        if ((s & Neighbour.NUD_DELAY) != 0) {
            if (now <= n.confirmed + delayProbeTime) {
                n.state = Neighbour.NUD_REACHABLE;
                n.updated = now;
                arm(n, reachableTime());
            } else {
                n.state = Neighbour.NUD_PROBE;
                n.updated = now;
                n.probes = 0;
                probe(n);
            }
            return;
        }
        if ((s & (Neighbour.NUD_INCOMPLETE | Neighbour.NUD_PROBE)) != 0) {
            // neigh_max_probes: ucast + app + (mcast_probes while INCOMPLETE, mcast_reprobes = 0 in PROBE).
            int max = ucastProbes + appProbes + ((s & Neighbour.NUD_INCOMPLETE) != 0 ? mcastProbes : 0);
            if (n.probes >= max) {
                n.state = Neighbour.NUD_FAILED;
                n.updated = now;
                invalidate(n);
                return;
            }
            probe(n);
        }
    }

    private void probe(Neighbour n) {
        n.probes++;
        SkBuff pending = n.arpQueue.peekLast();
        ipv4.arp.solicit(n, pending);
        arm(n, retransTime);
    }

    /** neigh_invalidate: resolution failed; every queued packet is reported unreachable. */
    private void invalidate(Neighbour n) {
        SkBuff skb;
        while ((skb = n.arpQueue.poll()) != null) {
            ipv4.icmp.linkFailure(skb);
            // neigh_invalidate frees each with SKB_DROP_REASON_NEIGH_FAILED
            ipv4.drop(skb, DropReason.NEIGH_FAILED, "no ARP reply for " + linnet.wire.Inet4.format(n.key) + " on " + n.dev.name());
        }
    }

    /**
     * neigh_resolve_output: send now if the MAC is known (STALE starts the delay timer),
     * otherwise queue and start or continue resolving.
     */
    public void output(Neighbour n, SkBuff skb) {
        long now = now();
        int s = n.state;
        if (ipv4.kernel.tracer != null) traceOutput(n, skb, s);
        // A connected entry goes out by the hh fast path (neigh_connected_output), which does not
        // touch "used"; only neigh_event_send on the resolving path marks the entry used.
        if ((s & Neighbour.NUD_CONNECTED) == 0) n.used = now;
        if ((s & (Neighbour.NUD_CONNECTED | Neighbour.NUD_DELAY | Neighbour.NUD_PROBE)) != 0) {
            ipv4.arp.finishOutput(n, skb);
            return;
        }
        if (s == Neighbour.NUD_STALE) {
            n.state = Neighbour.NUD_DELAY;
            n.updated = now;
            arm(n, delayProbeTime);
            ipv4.arp.finishOutput(n, skb);
            return;
        }
        if (s != Neighbour.NUD_INCOMPLETE) {
            // NONE or FAILED: (re)start resolution with the first broadcast probe right away.
            // __neigh_event_send starts the count at ucast_probes (so a resolved entry shows probes 4).
            n.state = Neighbour.NUD_INCOMPLETE;
            n.updated = now;
            n.probes = ucastProbes;
            enqueue(n, skb);
            probe(n);
            return;
        }
        enqueue(n, skb);
    }

    /** What neigh_resolve_output is about to do with the packet, told to a tracer. */
    private void traceOutput(Neighbour n, SkBuff skb, int s) {
        String who = linnet.wire.Inet4.format(n.key) + " dev " + n.dev.name() + " " + Neighbour.stateName(s);
        String what = (s & (Neighbour.NUD_CONNECTED | Neighbour.NUD_DELAY | Neighbour.NUD_PROBE | Neighbour.NUD_STALE)) != 0
                ? ": lladdr " + linnet.wire.Mac.format(n.lladdr)
                : s == Neighbour.NUD_INCOMPLETE ? ": queued, resolution under way" : ": queued, ARP request sent";
        ipv4.kernel.tracer.step(skb, n.dev.net(), n.dev, linnet.kernel.core.SkbTracer.Kind.NEIGH, who + what);
    }

    /**
     * neigh_event_send without a packet (a redirect's new gateway): an entry that is neither
     * resolved nor resolving starts resolving with a probe right away.
     */
    void eventSend(Neighbour n) {
        if ((n.state & (Neighbour.NUD_VALID | Neighbour.NUD_INCOMPLETE)) != 0) return;
        n.used = now();
        n.state = Neighbour.NUD_INCOMPLETE;
        n.updated = now();
        n.probes = ucastProbes;
        probe(n);
    }

    private void enqueue(Neighbour n, SkBuff skb) {
        if (n.arpQueue.size() >= unresQlen) {
            n.arpQueue.poll();
        }
        n.arpQueue.add(skb);
    }

    /**
     * neigh_update from a received ARP packet: {@code state} is REACHABLE for a solicited reply,
     * STALE otherwise; a new MAC only replaces a known one when {@code override}.
     */
    public void update(Neighbour n, long lladdr, int state, boolean override) {
        if ((n.state & (Neighbour.NUD_NOARP | Neighbour.NUD_PERMANENT)) != 0) return;
        long now = now();
        boolean changed = !n.hasLladdr || n.lladdr != lladdr;
        if ((n.state & Neighbour.NUD_VALID) != 0 && changed && !override) {
            if (state == Neighbour.NUD_REACHABLE) return;
            if (n.state != Neighbour.NUD_STALE) return;
        }
        if (state == Neighbour.NUD_STALE && !changed && (n.state & Neighbour.NUD_VALID) != 0) {
            // Same MAC, weaker news: keep the current state (neigh_update without override).
            return;
        }
        n.lladdr = lladdr;
        n.hasLladdr = true;
        n.updated = now;
        if (state == Neighbour.NUD_REACHABLE) {
            n.confirmed = now;
            n.state = Neighbour.NUD_REACHABLE;
            arm(n, reachableTime());
        } else {
            n.state = state;
            disarm(n);
        }
        SkBuff skb;
        while ((skb = n.arpQueue.poll()) != null) ipv4.arp.finishOutput(n, skb);
    }

    // ------------------------------------------------------------------ user requests (ip neigh)

    /**
     * neigh_add + __neigh_update with NEIGH_UPDATE_F_ADMIN: NLM_F_* semantics of RTM_NEWNEIGH (add =
     * create|excl, replace = create|replace, change = replace). The lookup uses the key as given;
     * creating runs the constructor (which may find an existing entry under its own key).
     */
    public void userAdd(int addr, NetDevice dev, int state, Long lladdr, boolean create, boolean excl, boolean replace, int flags)
            throws KernelException {
        Neighbour n = lookup(addr, dev);
        if (n != null && excl) throw new KernelException(Errno.EEXIST);
        if (n == null) {
            if (!create) throw new KernelException(Errno.ENOENT);
            n = create(addr, dev);
        }
        int old = n.state;
        n.flags = flags;
        long now = now();
        if ((state & Neighbour.NUD_VALID) == 0) {
            // To a non-valid state (incomplete, failed, none): stop the timer and set the state,
            // nothing more: no probe is sent and the timestamps stay.
            disarm(n);
            n.state = state;
            return;
        }
        long ha;
        if (dev.addrLen == 0) {
            ha = n.lladdr;
        } else if (lladdr != null) {
            ha = lladdr;
        } else {
            // No address given: use the one known, else refuse (the entry stays, as created).
            if ((old & Neighbour.NUD_VALID) == 0 || !n.hasLladdr)
                throw new KernelException(Errno.EINVAL, "No link layer address given.");
            ha = n.lladdr;
        }
        boolean changed = !n.hasLladdr || n.lladdr != ha;
        if (changed && dev.addrLen > 0) {
            n.lladdr = ha;
            n.hasLladdr = true;
            // A new address that is not confirmed by this update counts as long unconfirmed.
            if ((state & Neighbour.NUD_CONNECTED) == 0) n.confirmed = now - 2 * baseReachableTime;
        }
        if ((state & Neighbour.NUD_CONNECTED) != 0) n.confirmed = now;
        if (state != old || changed) n.updated = now;
        if (state != old) {
            disarm(n);
            if (state == Neighbour.NUD_PROBE) n.probes = 0;
            // NUD_IN_TIMER states: REACHABLE expires after reachable_time, the others are looked at at once.
            if ((state & Neighbour.NUD_IN_TIMER) != 0)
                arm(n, state == Neighbour.NUD_REACHABLE ? reachableTime() : 0);
            n.state = state;
        }
        SkBuff skb;
        while ((skb = n.arpQueue.poll()) != null) ipv4.arp.finishOutput(n, skb);
    }

    public void userDelete(int addr, NetDevice dev) throws KernelException {
        Neighbour n = lookup(addr, dev);
        if (n == null) throw new KernelException(Errno.ENOENT);
        remove(n);
    }

    public void remove(Neighbour n) {
        disarm(n);
        n.arpQueue.clear();
        entries.remove(key(n.key, n.dev));
        order.remove(n);
    }

    /**
     * __neigh_ifdown: the device went down or away ({@code all}: neigh_ifdown, permanent entries
     * too) or lost its carrier (neigh_carrier_down: permanent entries stay).
     */
    void ifdown(NetDevice dev, boolean all) {
        for (Neighbour n : entries()) {
            if (n.dev != dev) continue;
            if (!all && (n.state & Neighbour.NUD_PERMANENT) != 0) continue;
            remove(n);
        }
        if (all) proxies.removeIf(p -> p.dev() == dev);
    }

    /** arp_invalidate for a new local or broadcast address: a stale entry for it must go. */
    void invalidateForAddress(int addr) {
        for (Neighbour n : entries()) if (n.key == addr && (n.state & Neighbour.NUD_PERMANENT) == 0) remove(n);
    }
}
