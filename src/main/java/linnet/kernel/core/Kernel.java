package linnet.kernel.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import linnet.sim.EventLoop;
import linnet.sim.Rng;

/**
 * One emulated Linux kernel: its namespaces, the netdevice notifier chain, the protocol
 * handlers per ethertype, and the receive backlog that turns every hand-over between
 * devices into an event (never a direct recursion) that costs the CPU time.
 */
public final class Kernel {
    /** num_possible_cpus() of the machine we emulate (the oracle has 2): sizes per-CPU queues. */
    public static final int NUM_POSSIBLE_CPUS = 2;
    public final EventLoop loop;
    /** qdisc_alloc_handle's static counter: machine-wide, so automatic handles go 8001:, 8002:, ... */
    public int qdiscAutohandle = 0x80000000;
    public final Rng rng;
    /** The host name and release uname(2) reports (one UTS namespace for the machine). */
    public final Uts uts = new Uts();
    private final java.util.Set<Net> nets = new java.util.LinkedHashSet<>();
    private final List<NetdevNotifier> notifiers = new ArrayList<>();
    private final List<PernetOps> pernetOps = new ArrayList<>();
    private final PacketHandler[] ptypes = new PacketHandler[0x10000];
    /** The receive backlog: frames ({@link SkBuff}) and batches of frames nobody will see ({@link UnheardBatch}). */
    private final ArrayDeque<Object> backlog = new ArrayDeque<>();
    /** How many frames the backlog holds, a batch counting as its frames. */
    private int backlogLen;
    /**
     * A batch being handled: its frames leave the backlog one after another, as each one's time
     * is spent, between drainStart and drainEnd (until then {@link #backlogFill} counts the rest).
     */
    private int backlogDraining;
    private long drainStart, drainEnd;
    private boolean backlogScheduled;
    /** The softirq's timer, re-armed rather than re-allocated for every batch of frames. */
    private EventLoop.Timer backlogTimer;
    private final Runnable processBacklog = this::processBacklog;
    private int pernetSlots;
    private long cookies;
    private Net initNet;
    /** vlan_do_receive of the 8021q module: a tagged frame to the VLAN device of its tag (false: none). */
    public interface VlanRx {
        /** {@link #VLAN_NONE}, {@link #VLAN_TAKEN} (skb.dev is the VLAN device now) or {@link #VLAN_DROPPED}. */
        int doReceive(SkBuff skb);
    }

    public static final int VLAN_NONE = 0, VLAN_TAKEN = 1, VLAN_DROPPED = 2;

    public VlanRx vlanRx;
    /** The protocol families' answers for L3-aware drivers (set by IPv4 at init). */
    public InetHooks inet;
    /** register_inetaddr_validator_notifier: checks an IPv4 address must pass before it is added. */
    public final java.util.List<InetHooks.AddrValidator> inetaddrValidators = new java.util.ArrayList<>();
    /** The UDP tunnel API of the IPv4 family (vxlan's sockets and transmit), set when IPv4 is initialised. */
    public UdpTunnel udpTunnel;
    /** Who listens at the packet path's tracepoints (null: nobody; `linnet trace` sets it for a while). */
    public SkbTracer tracer;

    public Kernel(EventLoop loop, Rng rng) {
        this.loop = loop;
        this.rng = rng;
        // the jitter has a generator of its own, so that costs never move the lab's other draws
        this.cpu = new Cpu(rng.seed());
        loop.addSoftirqGuard(this::softirqRunning);
    }

    // ------------------------------------------------------------------ subsystems

    public int registerPernet() { return pernetSlots++; }

    /** Machine-wide state a driver keeps for itself (a driver's static lists, which Linux keeps per module). */
    private final java.util.Map<Class<?>, Object> driverState = new java.util.HashMap<>();

    @SuppressWarnings("unchecked")
    public <T> T driverState(Class<?> driver, java.util.function.Supplier<T> make) {
        return (T) driverState.computeIfAbsent(driver, k -> make.get());
    }

    /** Registers a subsystem; it is initialised in every existing and every future namespace. */
    public void registerPernetOps(PernetOps ops) {
        pernetOps.add(ops);
        for (Net n : nets) ops.init(n);
    }

    public void registerNotifier(NetdevNotifier n) { notifiers.add(n); }

    public void addPack(int ethertype, PacketHandler h) { ptypes[ethertype & 0xffff] = h; }

    /** Whether a handler for {@code ethertype} is registered. */
    public boolean hasPack(int ethertype) { return ptypes[ethertype & 0xffff] != null; }

    void notify(NetdevEvent ev, NetDevice dev) {
        for (NetdevNotifier n : notifiers) n.event(ev, dev);
        floodWatch.accept(dev);
    }

    /** The IPv6 layer's answer for multicast nobody listens to (null until IPv6 is initialised). */
    public UnheardMulticast unheardMulticast;
    /**
     * Told of every change a bridge's bulk counting of its floods depends on (bridge.BrFloodLedger):
     * a device event, a device's IPv6 addresses, its qdisc; set by the bridge.
     */
    public java.util.function.Consumer<NetDevice> floodWatch = d -> {};
    /**
     * Whether bridges count the copies of a flood that nobody hears in bulk (bridge.BrFloodLedger):
     * the same counters either way, which tests check by turning it off.
     */
    public boolean bulkFlood = true;
    /** Bumped by changes that may concern any device (a sysctl, a packet socket, a tracer): every bridge re-checks. */
    public long floodGen;

    /** Something a bridge's bulk flood counting depends on changed for {@code dev} (null: for any device). */
    public void floodChanged(NetDevice dev) {
        if (dev == null) floodGen++;
        else floodWatch.accept(dev);
    }

    /** Lets drivers and upper devices raise notifier events (e.g. NETDEV_CHANGEUPPER). */
    public void notifyEvent(NetdevEvent ev, NetDevice dev) { notify(ev, dev); }

    // ------------------------------------------------------------------ namespaces

    public Net initNet() { return initNet; }

    /** copy_net_ns: a fresh namespace with its loopback device registered. */
    public Net newNet(java.util.function.Function<Kernel, NetDevice> loopbackFactory) {
        Net n = new Net(this, ++cookies);
        nets.add(n);
        if (initNet == null) initNet = n;
        for (PernetOps ops : pernetOps) ops.init(n);
        try {
            registerNetdevice(n, loopbackFactory.apply(this));
        } catch (KernelException e) {
            throw new IllegalStateException(e);
        }
        return n;
    }

    /** References on each namespace (mounts under /run/netns, processes in it): net->ns.count. */
    private final java.util.Map<Net, Integer> refs = new java.util.HashMap<>();

    /** get_net: something holds {@code n} (a bind mount, a process). */
    public void getNet(Net n) { refs.merge(n, 1, Integer::sum); }

    /** put_net: the last holder gone, a namespace other than the root one is cleaned up. */
    public void putNet(Net n) {
        if (refs.compute(n, (k, c) -> c == null || c <= 1 ? null : c - 1) == null && n != initNet && n.alive()) destroyNet(n);
    }

    public java.util.Collection<Net> nets() { return java.util.Collections.unmodifiableSet(nets); }

    /** cleanup_net: unregister every device (veth peers elsewhere go too), forget nsids. */
    public void destroyNet(Net n) {
        for (NetDevice d : n.deviceList()) {
            if (d.registered()) unregisterNetdevice(d);
        }
        for (int i = pernetOps.size() - 1; i >= 0; i--) pernetOps.get(i).exit(n);
        n.kill();
        nets.remove(n);
        n.forgetAllPeers();
    }

    // ------------------------------------------------------------------ devices

    /**
     * What rtnl_create_link gives the device a request creates (its index, queue counts), before
     * the kind's newlink registers it: applied to the next device registered, then cleared.
     */
    public record CreateParams(int index, int numTx, int numRx) {}

    public CreateParams createParams;

    /** register_netdevice: name check first (a clash consumes no ifindex), then the index. */
    public void registerNetdevice(Net net, NetDevice dev) throws KernelException {
        if (net.byName(dev.name()) != null) throw new KernelException(Errno.EEXIST);
        CreateParams cp = createParams;
        if (cp != null && !dev.registered()) {
            createParams = null;
            if (cp.index() > 0) dev.setIfindex(cp.index());
            if (cp.numTx() > 0) dev.numTxQueues = cp.numTx();
            if (cp.numRx() > 0) dev.numRxQueues = cp.numRx();
        }
        dev.setNet(net);
        int idx = dev.ifindex();
        if (idx != 0 && !net.indexFree(idx)) throw new KernelException(Errno.EBUSY);
        dev.setIfindex(idx != 0 ? idx : net.allocIfindex());
        net.link(dev);
        dev.registerFeatures();
        dev.setRegistered(true);
        notify(NetdevEvent.REGISTER, dev);
    }

    /** Picks the first free name for a "veth%d"-style pattern (dev_alloc_name). */
    public static String allocName(Net net, String pattern, String... alsoTaken) {
        for (int i = 0; ; i++) {
            String n = pattern.replace("%d", Integer.toString(i));
            if (net.byName(n) != null) continue;
            boolean taken = false;
            for (String t : alsoTaken) if (n.equals(t)) taken = true;
            if (!taken) return n;
        }
    }

    /** unregister_netdevice: close, tell the protocols, unlink, let the driver tear down its pair. */
    public void unregisterNetdevice(NetDevice dev) {
        if (!dev.registered()) return;
        dev.dismantle = true;
        dev.close();
        notify(NetdevEvent.UNREGISTER, dev);
        dev.net().unlink(dev);
        dev.setRegistered(false);
        dev.ndoUninit();
    }

    /**
     * dev_set_mac_address after the checks: the driver's own part (ndo_set_mac_address), then the
     * address and NETDEV_CHANGEADDR.
     */
    public void setMacAddress(NetDevice d, long a) throws KernelException {
        if (d.ndoSetMacAddress(a)) return;
        if (a == d.addr) return;
        d.addr = a;
        d.addrAssignType = NetDevice.NET_ADDR_SET;
        notify(NetdevEvent.CHANGEADDR, d);
    }

    public void renameNetdevice(NetDevice dev, String newName) throws KernelException {
        if (newName.equals(dev.name())) return;
        newName = validName(dev.net(), newName);
        dev.net().rename(dev, newName);
        dev.nameAssignType = NetDevice.NET_NAME_RENAMED;
        notify(NetdevEvent.CHANGENAME, dev);
    }

    /**
     * dev_get_valid_name: EINVAL for an invalid name, a "%d" template takes the lowest free number
     * (__dev_alloc_name), EEXIST for a name in use.
     */
    public static String validName(Net net, String name) throws KernelException {
        if (!NetDevice.validName(name)) throw new KernelException(Errno.EINVAL);
        int pct = name.indexOf('%');
        if (pct >= 0) {
            if (pct + 1 >= name.length() || name.charAt(pct + 1) != 'd' || name.indexOf('%', pct + 2) >= 0)
                throw new KernelException(Errno.EINVAL);
            for (int i = 0; i < 32768; i++) {
                String cand = name.substring(0, pct) + i + name.substring(pct + 2);
                if (cand.length() >= NetDevice.IFNAMSIZ) throw new KernelException(Errno.EINVAL);
                if (net.byName(cand) == null) return cand;
            }
            throw new KernelException(Errno.ENFILE);
        }
        if (net.byName(name) != null) throw new KernelException(Errno.EEXIST);
        return name;
    }

    /**
     * __dev_change_net_namespace: the device is closed and unregistered from the protocols of its
     * old namespace (addresses and routes go), keeps its ifindex if that is free in the target, and
     * the old namespace allocates ids for the new one and the peer's (the RTM_DELLINK it sends carries them).
     */
    public void moveNetdevice(NetDevice dev, Net target) throws KernelException {
        Net old = dev.net();
        if (old == target) return;
        if (dev.netnsLocal()) throw new KernelException(Errno.EINVAL, "The interface netns is immutable.");
        if (target.byName(dev.name()) != null)
            throw new KernelException(Errno.EEXIST, "An interface with the same name exists in the target netns.");
        dev.close();
        notify(NetdevEvent.UNREGISTER, dev);
        // The old namespace names the peer's namespace first (the oracle: moving a veth whose peer
        // lives elsewhere numbers that namespace before the target), then the target, whose id
        // the RTM_DELLINK carries as IFLA_NEW_NETNSID.
        if (dev.hasLinkNet() && dev.linkNet() != old) old.peernet2idAlloc(dev.linkNet());
        old.peernet2idAlloc(target);
        old.unlink(dev);
        // Unregistering destroys the qdisc: the device comes back with noop, like a new one.
        dev.qdisc.destroy();
        dev.qdisc = new SchGeneric.Noop(dev);
        dev.ingressQdisc = null;
        int idx = dev.ifindex();
        dev.setIfindex(target.indexFree(idx) ? idx : target.allocIfindex());
        dev.setNet(target);
        target.link(dev);
        notify(NetdevEvent.REGISTER, dev);
        // The RTM_NEWLINK in the target names the peer's namespace: that allocates its id there.
        if (dev.hasLinkNet() && dev.linkNet() != target) target.peernet2idAlloc(dev.linkNet());
    }

    // ------------------------------------------------------------------ receive path

    /**
     * net.core.netdev_max_backlog's default: enqueue_to_backlog takes a frame while the queue
     * holds at most this many. The sysctl lives in the initial namespace only, which the
     * oracle's sandbox (like linnet's root namespace) is not, so it is fixed here.
     */
    static final int NETDEV_MAX_BACKLOG = 1000;

    /** The CPU the receive softirq runs on: each frame it handles costs virtual time. */
    public final Cpu cpu;
    /** Frames dropped per reason by the core (a full backlog). */
    private final long[] drops = new long[DropReason.values().length];

    /**
     * netif_rx: queue the frame for the receive softirq, which handles the frames one after
     * another, each at the CPU's cost. False (NET_RX_DROP) when the queue is full: the frame is
     * gone, counted as rx_dropped of the device it arrived on; the sender counts its own drop.
     */
    public boolean netifRx(SkBuff skb) {
        if (backlogFill() > NETDEV_MAX_BACKLOG) {
            skb.dev.stats.rxDropped++;
            drops[DropReason.CPU_BACKLOG.ordinal()]++;
            if (tracer != null) tracer.drop(skb, skb.dev.net(), skb.dev, DropReason.CPU_BACKLOG, "the CPU's input queue is full");
            return false;
        }
        backlog.add(skb);
        backlogLen++;
        scheduleBacklog();
        return true;
    }

    private void scheduleBacklog() {
        if (!backlogScheduled) {
            backlogScheduled = true;
            softirqSince = loop.now();
            backlogTimer = loop.rearm(backlogTimer, cpu.charge(loop.now(), Cpu.FRAME_NS) - loop.now(), processBacklog);
        }
    }

    /** {@code frames} frames queued as one for {@link #netifRxUnheard}; consecutive ones merge. */
    private static final class UnheardBatch {
        int frames;

        UnheardBatch(int frames) { this.frames = frames; }
    }

    /** How many more frames netif_rx would take now. */
    public int backlogRoom() { return Math.max(0, NETDEV_MAX_BACKLOG + 1 - backlogFill()); }

    /** How many frames the backlog holds now, of a batch being handled those whose time has not come. */
    private int backlogFill() {
        if (backlogDraining == 0) return backlogLen;
        long now = loop.now();
        int left = now >= drainEnd ? 0
                : (int) Math.ceil(backlogDraining * (double) (drainEnd - now) / Math.max(1, drainEnd - drainStart));
        return backlogLen - backlogDraining + left;
    }

    /**
     * netif_rx of {@code frames} frames that their receivers only count and drop (a bridge's flood,
     * bridge.BrFloodLedger): they take their backlog slots and the CPU's time as that many frames
     * would, in one entry. False, and nothing queued, when they do not all fit ({@link #backlogRoom}).
     */
    public boolean netifRxUnheard(int frames) {
        if (frames <= 0) return true;
        if (frames > backlogRoom()) return false;
        if (backlog.peekLast() instanceof UnheardBatch last) last.frames += frames;
        else backlog.add(new UnheardBatch(frames));
        backlogLen += frames;
        scheduleBacklog();
        return true;
    }

    /**
     * netif_rx of one frame {@code rx} only counts and drops: false, counted as netif_rx counts a
     * frame the full backlog refuses, when there is no room.
     */
    public boolean netifRxUnheard(NetDevice rx) {
        if (backlogFill() > NETDEV_MAX_BACKLOG) {
            countBacklogRefused(rx, 1);
            countBacklogDrops(1);
            return false;
        }
        return netifRxUnheard(1);
    }

    /** What netif_rx's refusals of {@code frames} frames leave on the device they arrived on. */
    public void countBacklogRefused(NetDevice rx, long frames) { rx.stats.rxDropped += frames; }

    /** ... and in the core's drop count. */
    public void countBacklogDrops(long frames) { drops[DropReason.CPU_BACKLOG.ordinal()] += frames; }

    /** The softirq: the frame whose cost has been spent goes up the stack; the next one is charged. */
    private void processBacklog() {
        // still scheduled while the frame goes up: what it sets off (the next hop's netif_rx)
        // joins this run of softirq work instead of starting one
        if (backlogDraining > 0) {
            // a batch's time is over: its slots free up; what queued meanwhile is charged as usual
            backlogLen -= backlogDraining;
            backlogDraining = 0;
            if (!backlog.isEmpty()) {
                backlogTimer = loop.rearm(backlogTimer, cpu.charge(loop.now(), Cpu.FRAME_NS) - loop.now(), processBacklog);
                return;
            }
        }
        Object next = backlog.poll();
        if (next instanceof UnheardBatch b) {
            // the batch's first frame has been charged like any frame; the rest and each one's way up
            // the stack as one piece of work, the frames holding their slots until it is done
            backlogDraining = b.frames;
            drainStart = loop.now();
            long done = cpu.chargeBulk(loop.now(), Cpu.FRAME_NS, b.frames - 1);
            done = Math.max(done, cpu.chargeBulk(loop.now(), Cpu.PROTO_NS, b.frames));
            drainEnd = done;
            backlogTimer = loop.rearm(backlogTimer, done - loop.now(), processBacklog);
            return;
        } else if (next instanceof SkBuff skb) {
            backlogLen--;
            SkbTracer t = tracer;
            if (t == null) netifReceiveSkb(skb);
            else {
                // what this frame sets off on its way up (a reply, an ICMP error, an ARP answer) is its doing
                t.context(skb);
                try {
                    netifReceiveSkb(skb);
                } finally {
                    t.context(null);
                }
            }
        }
        if (backlog.isEmpty()) {
            backlogScheduled = false;
            return;
        }
        backlogTimer = loop.rearm(backlogTimer, cpu.charge(loop.now(), Cpu.FRAME_NS) - loop.now(), processBacklog);
    }

    /** __do_softirq's MAX_SOFTIRQ_TIME: softirq work run on a system call's way out stops after this, for ksoftirqd. */
    static final long MAX_SOFTIRQ_TIME_NS = 2_000_000;

    /**
     * Where a program meets the receive softirq: never in the middle of it. A system call that
     * queued frames returns through local_bh_enable, which runs the raised softirq in the
     * caller's context, so what the send set off (the frame through a veth pair, the peer's
     * reply, a REJECT's ICMP error through lo) is handled before the call returns, and the time
     * it took is the call's; and a program woken by a packet runs once the softirq that delivered
     * it has run out of work (it does not preempt it), so it finds the whole batch queued.
     * Bounded as __do_softirq is (2 ms): the rest, a storm's, goes on in ksoftirqd, as events.
     * Then the other programs woken meanwhile get their turn at this instant. Called by programs,
     * never by the kernel itself.
     */
    public void waitSoftirq() {
        if (softirqRunning()) loop.runWhile(() -> false, loop.now() + MAX_SOFTIRQ_TIME_NS);
        loop.runPending();
    }

    /** When the current run of back-to-back softirq work began (its 2 ms count from here). */
    private long softirqSince;

    /**
     * Whether the receive softirq is at work and still within __do_softirq's 2 ms: no program
     * runs meanwhile. Past them it has handed over to ksoftirqd, which programs share the CPU
     * with, so a storm never freezes them.
     */
    private boolean softirqRunning() {
        return backlogScheduled && loop.now() - softirqSince < MAX_SOFTIRQ_TIME_NS;
    }

    /** How many frames the core dropped for {@code reason}. */
    public long drops(DropReason reason) { return drops[reason.ordinal()]; }

    /** __netif_receive_skb: the rx_handler of an upper device first, then the protocol by ethertype. */
    public void netifReceiveSkb(SkBuff skb) {
        NetDevice dev = skb.dev;
        if (tracer != null) tracer.step(skb, dev.net(), dev, SkbTracer.Kind.RECEIVE, null);
        if (!dev.registered() || !dev.isUp()) {
            dev.stats.rxDropped++;
            if (tracer != null) tracer.drop(skb, dev.net(), dev, DropReason.DEV_READY, dev.name() + " is down");
            return;
        }
        if (skb.iif == 0) skb.iif = dev.ifindex();
        // net_timestamp_check: sockets asking for receive times (SO_TIMESTAMP) see this instant
        if (skb.tstamp == 0) skb.tstamp = loop.now();
        if (skb.protocol == ETH_P_8021Q || skb.protocol == ETH_P_8021AD) {
            if (!vlanUntag(skb)) {
                dev.stats.rxDropped++;
                return;
            }
        }
        // the taps (packet sockets) see the frame before tc ingress, VLAN devices and rx handlers
        PacketTap.receiveNit(dev, skb);
        if (skb.vlanProto != 0) {
            // vlan_do_receive: the VLAN device of the tag takes the frame, another round as its
            int r = vlanRx == null ? VLAN_NONE : vlanRx.doReceive(skb);
            if (r == VLAN_TAKEN) {
                skb.iif = 0;
                netifReceiveSkb(skb);
                return;
            }
            if (r == VLAN_DROPPED) {
                // the VLAN device is down: the frame is freed (vlan_do_receive), uncounted
                return;
            }
            if (dev.rxHandler != null) {
                // no VLAN device here: an upper (bridge port) gets the frame with its tag in place
                vlanRetag(skb);
            }
        }
        if (dev.rxHandler != null) {
            dev.rxHandler.receive(skb);
            return;
        }
        if (skb.vlanProto != 0) {
            // a tag nobody here serves: not for this host (but a priority tag, VID 0)
            if ((skb.vlanTci & 0xfff) != 0) skb.pktType = SkBuff.PACKET_OTHERHOST;
            skb.vlanProto = skb.vlanTci = 0;
        }
        deliver(skb);
    }

    public static final int ETH_P_8021Q = 0x8100, ETH_P_8021AD = 0x88a8;

    /**
     * skb_vlan_untag / skb_reorder_vlan_header: the tag leaves the frame into skb metadata, the
     * MAC addresses move up over it so the Ethernet header again sits right before the payload.
     */
    static boolean vlanUntag(SkBuff skb) {
        if (skb.len < 4 || skb.macHeader < 0) return false;
        byte[] b = skb.buf;
        int d = skb.data;
        skb.vlanProto = skb.protocol;
        skb.vlanTci = ((b[d] & 0xff) << 8) | (b[d + 1] & 0xff);
        int inner = ((b[d + 2] & 0xff) << 8) | (b[d + 3] & 0xff);
        System.arraycopy(b, skb.macHeader, b, skb.macHeader + 4, 12);
        skb.macHeader += 4;
        skb.pull(4);
        skb.protocol = inner;
        skb.networkHeader = skb.data;
        if (skb.protocol < 0x0600) skb.protocol = 0x0004;
        return true;
    }

    /** The tag back into the frame's bytes (what a port's transmit would insert from the metadata). */
    public static void vlanRetag(SkBuff skb) {
        if (skb.vlanProto == 0) return;
        byte[] b = skb.buf;
        int mac = skb.macHeader;
        if (mac < 4) {
            // no room before the frame: copy it into a buffer with headroom
            int shift = SkBuff.HEADROOM - mac;
            byte[] nb = new byte[b.length + shift];
            System.arraycopy(b, mac, nb, SkBuff.HEADROOM, b.length - mac);
            skb.buf = b = nb;
            skb.data += shift;
            skb.macHeader += shift;
            if (skb.networkHeader >= 0) skb.networkHeader += shift;
            if (skb.transportHeader >= 0) skb.transportHeader += shift;
            mac = skb.macHeader;
        }
        System.arraycopy(b, mac, b, mac - 4, 12);
        mac -= 4;
        b[mac + 12] = (byte) (skb.vlanProto >>> 8);
        b[mac + 13] = (byte) skb.vlanProto;
        b[mac + 14] = (byte) (skb.vlanTci >>> 8);
        b[mac + 15] = (byte) skb.vlanTci;
        skb.macHeader = mac;
        // data at the payload again: past the tag, whose ethertype field holds the inner type
        skb.data -= 4;
        skb.len += 4;
        skb.protocol = skb.vlanProto;
        skb.vlanProto = skb.vlanTci = 0;
    }

    /** Protocol delivery by ethertype (after any rx_handler passed the frame on). */
    public void deliver(SkBuff skb) {
        PacketHandler h = ptypes[skb.protocol & 0xffff];
        if (h == null) {
            skb.dev.stats.rxNohandler++;
            if (tracer != null) tracer.drop(skb, skb.dev.net(), skb.dev, DropReason.UNHANDLED_PROTO, null);
            return;
        }
        h.receive(skb);
        // the protocol's own work (IP, ARP, the socket) comes on top of the frame's: a frame a bridge only
        // switches costs less than one that goes up the stack (bench/COSTS.md)
        cpu.charge(loop.now(), Cpu.PROTO_NS);
    }
}
