package linnet.kernel.drivers;

import java.util.ArrayDeque;
import linnet.kernel.core.Errno;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.wire.Ethernet;

/**
 * One open /dev/net/tun (drivers/net/tun.c, struct tun_file): the character-device half of tun/tap.
 * TUNSETIFF creates or attaches a device in the namespace the file was opened in and turns its
 * carrier on; the last close turns the carrier off and, unless the device is persistent,
 * unregisters it. read() returns what the stack transmitted (an IP packet for tun, an Ethernet
 * frame for tap, behind a 4-byte tun_pi unless IFF_NO_PI), write() hands a packet to the stack as
 * if it had been received on the device.
 *
 * <p>Time is virtual and there are no threads: a reader does not block, it registers a wake-up
 * ({@link #setOnReadable}) that runs as an event after frames were queued (sk_data_ready), and
 * reads until {@link #read} returns null (EAGAIN of a non-blocking fd).
 */
public final class TunFile {
    /** struct tun_pi is 2 bytes of flags and the big-endian ethertype. */
    public static final int PI_LEN = 4;

    private final Kernel kernel;
    /** tun_chr_open remembers the opener's namespace; TUNSETIFF looks names up there. */
    private final Net net;
    private Tun tun;
    /** The device was unregistered under us (tun_detach_all): further I/O is EBADFD. */
    private boolean lost;
    private boolean closed;
    /** tfile->tx_ring: frames the stack sent, waiting for the program. */
    private final ArrayDeque<byte[]> ring = new ArrayDeque<>();
    private Runnable onReadable;
    private boolean wakeScheduled;
    private final Runnable wake = this::wake;

    private TunFile(Kernel kernel, Net net) {
        this.kernel = kernel;
        this.net = net;
    }

    /** tun_chr_open: a file not yet attached to any device. */
    public static TunFile open(Kernel kernel, Net net) { return new TunFile(kernel, net); }

    /** The attached device, or null. */
    public Tun device() { return tun; }

    /**
     * TUNSETIFF (tun_set_iff): attach to the existing device {@code name} if its type matches, else
     * create one ("tun%d"/"tap%d" when {@code name} is empty). Returns the device's name.
     * EEXIST if this file is already attached; EBUSY for IFF_TUN_EXCL on an existing name or a
     * single-queue device someone else holds; EINVAL for a type mismatch or no type.
     */
    public String setIff(String name, int flags) throws KernelException {
        checkOpen();
        if (tun != null) throw new KernelException(Errno.EEXIST);
        if (lost) throw new KernelException(Errno.EINVAL); // tfile->detached
        if (name == null) name = "";
        NetDevice dev = name.isEmpty() ? null : net.byName(name);
        Tun t;
        if (dev != null) {
            if ((flags & Tun.IFF_TUN_EXCL) != 0) throw new KernelException(Errno.EBUSY);
            if (!(dev instanceof Tun d)) throw new KernelException(Errno.EINVAL);
            boolean typeOk = ((flags & Tun.IFF_TUN) != 0 && d.isTun()) || ((flags & Tun.IFF_TAP) != 0 && !d.isTun());
            if (!typeOk) throw new KernelException(Errno.EINVAL);
            if (((flags & Tun.IFF_MULTI_QUEUE) != 0) != ((d.tunFlags & Tun.IFF_MULTI_QUEUE) != 0))
                throw new KernelException(Errno.EINVAL);
            // tun_attach: a single-queue device has room for one file only.
            if ((d.tunFlags & Tun.IFF_MULTI_QUEUE) == 0 && !d.tfiles.isEmpty()) throw new KernelException(Errno.EBUSY);
            t = d;
            attach(t);
        } else {
            int type;
            String pattern;
            if ((flags & Tun.IFF_TUN) != 0) {
                type = Tun.IFF_TUN;
                pattern = "tun%d";
            } else if ((flags & Tun.IFF_TAP) != 0) {
                type = Tun.IFF_TAP;
                pattern = "tap%d";
            } else {
                throw new KernelException(Errno.EINVAL);
            }
            if (!name.isEmpty()) pattern = name;
            String n = pattern.contains("%d") ? Kernel.allocName(net, pattern) : pattern;
            t = new Tun(kernel, n, type);
            // tun_set_iff: a multi-queue device is allocated with MAX_TAP_QUEUES queues.
            int queues = (flags & Tun.IFF_MULTI_QUEUE) != 0 ? Tun.MAX_TAP_QUEUES : 1;
            t.numTxQueues = t.numRxQueues = queues;
            // tun_attach comes before register_netdevice; the fresh device's carrier is on.
            attach(t);
            try {
                kernel.registerNetdevice(net, t);
            } catch (KernelException e) {
                t.tfiles.clear();
                tun = null;
                throw e;
            }
        }
        t.tunFlags = (t.tunFlags & ~Tun.TUN_FEATURES) | (flags & Tun.TUN_FEATURES);
        t.setCarrier((flags & Tun.IFF_NO_CARRIER) == 0);
        return t.name();
    }

    private void attach(Tun t) {
        t.tfiles.add(this);
        tun = t;
    }

    /** TUNSETPERSIST: a persistent device outlives the last close. */
    public void setPersist(boolean on) throws KernelException {
        Tun t = attached();
        if (on) t.tunFlags |= Tun.IFF_PERSIST;
        else t.tunFlags &= ~Tun.IFF_PERSIST;
    }

    /** TUNSETOWNER: the uid allowed to attach (shown in sysfs "owner" and by ip tuntap show). */
    public void setOwner(int uid) throws KernelException { attached().owner = uid; }

    /** TUNSETGROUP. */
    public void setGroup(int gid) throws KernelException { attached().group = gid; }

    /** TUNGETIFF's flags: tun_flags() of the device. */
    public int flags() throws KernelException { return attached().tunFlags(); }

    private Tun attached() throws KernelException {
        checkOpen();
        if (tun == null) throw new KernelException(Errno.EBADFD);
        return tun;
    }

    private void checkOpen() throws KernelException {
        if (closed) throw new KernelException(Errno.EBADFD);
    }

    /**
     * The wake-up run (as an event of the virtual clock) once frames are waiting; null to stop.
     * Registering it while frames are already queued schedules a wake-up at once (like poll).
     */
    public void setOnReadable(Runnable r) {
        onReadable = r;
        if (r != null && !ring.isEmpty()) scheduleWake();
    }

    /** Whether read() would return a frame (POLLIN). */
    public boolean readable() { return !ring.isEmpty(); }

    /**
     * tun_chr_read_iter on a non-blocking file: the next frame the stack sent, with a tun_pi in front
     * unless IFF_NO_PI; null when nothing is waiting (EAGAIN). EBADFD when not attached.
     */
    public byte[] read() throws KernelException {
        Tun t = attached();
        byte[] f = ring.poll();
        if (f == null) return null;
        t.countTx(f.length);
        if ((t.tunFlags & Tun.IFF_NO_PI) != 0) return f;
        byte[] out = new byte[PI_LEN + f.length];
        int proto = t.isTun() ? ipEthertype(f, 0) : 0;
        if (!t.isTun() && f.length >= Ethernet.HLEN) proto = Ethernet.type(f, 0);
        out[2] = (byte) (proto >>> 8);
        out[3] = (byte) proto;
        System.arraycopy(f, 0, out, PI_LEN, f.length);
        return out;
    }

    /**
     * tun_get_user: the program's packet (tun: IP, tap: Ethernet, after a tun_pi unless IFF_NO_PI)
     * is received by the stack on the device. EINVAL for a frame that is too short or not IPv4/IPv6
     * on a tun (counted as RX dropped).
     */
    public void write(byte[] frame) throws KernelException {
        Tun t = attached();
        int off = 0, proto = 0;
        if ((t.tunFlags & Tun.IFF_NO_PI) == 0) {
            if (frame.length < PI_LEN) throw new KernelException(Errno.EINVAL);
            proto = ((frame[2] & 0xff) << 8) | (frame[3] & 0xff);
            off = PI_LEN;
        }
        int len = frame.length - off;
        SkBuff skb = SkBuff.alloc(len);
        System.arraycopy(frame, off, skb.buf, skb.data, len);
        if (t.isTun()) {
            if ((t.tunFlags & Tun.IFF_NO_PI) != 0) proto = len > 0 ? ipEthertype(frame, off) : 0;
            if (proto == 0) {
                t.stats.rxDropped++;
                throw new KernelException(Errno.EINVAL);
            }
            skb.dev = t;
            skb.protocol = proto;
            skb.pktType = SkBuff.PACKET_HOST;
            skb.macHeader = skb.data;
            skb.networkHeader = skb.data;
        } else {
            if (len < Ethernet.HLEN) throw new KernelException(Errno.EINVAL);
            linnet.kernel.core.Eth.typeTrans(skb, t);
        }
        t.stats.rxPackets++;
        t.stats.rxBytes += len;
        kernel.netifRx(skb);
    }

    /** ETH_P_IP / ETH_P_IPV6 from the version nibble, 0 for anything else. */
    private static int ipEthertype(byte[] b, int o) {
        if (o >= b.length) return 0;
        return switch ((b[o] & 0xf0) >>> 4) {
            case 4 -> Ethernet.P_IP;
            case 6 -> 0x86dd;
            default -> 0;
        };
    }

    /**
     * tun_chr_close -> __tun_detach: the queue is purged; when the last queue goes the carrier goes
     * off, and a device that is not persistent is unregistered.
     */
    public void close() {
        if (closed) return;
        closed = true;
        onReadable = null;
        ring.clear();
        Tun t = tun;
        tun = null;
        if (t == null) return;
        t.tfiles.remove(this);
        if (t.tfiles.isEmpty()) {
            t.setCarrier(false);
            if (!t.persistent() && t.registered()) kernel.unregisterNetdevice(t);
        }
    }

    // ------------------------------------------------------------------ called by Tun

    int ringSize() { return ring.size(); }

    void produce(byte[] frame) {
        ring.add(frame);
        scheduleWake();
    }

    /** tun_detach_all: the device is being unregistered; the reader is woken to see EBADFD. */
    void lostDevice() {
        tun = null;
        lost = true;
        ring.clear();
        scheduleWake();
    }

    private void scheduleWake() {
        if (onReadable == null || wakeScheduled) return;
        wakeScheduled = true;
        kernel.loop.schedule(0, wake);
    }

    private void wake() {
        wakeScheduled = false;
        Runnable r = onReadable;
        if (r != null) r.run();
    }
}
