package linnet.kernel.rtnl;

import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.drivers.Tun;
import linnet.kernel.drivers.TunFile;

/**
 * An open file of /dev/net/tun as a user-space process holds it: the door through which
 * {@code ip tuntap} (ioctls) and a program behind a tun/tap (read/write) reach the tun driver,
 * the way {@link Rtnl} is the door for netlink. Nothing outside the kernel touches
 * {@code kernel.drivers} directly.
 *
 * <p>A program behind a device (the notes' "application B"), on the virtual clock:
 * <pre>{@code
 * TunFd fd = TunFd.open(host.kernel(), net);          // open("/dev/net/tun") in namespace net
 * fd.setIff("tun0", TunFd.IFF_TUN | TunFd.IFF_NO_PI);  // attach (or create): carrier goes on
 * fd.setOnReadable(() -> {                              // woken as an event when packets wait
 *     byte[] p;
 *     while ((p = fd.read()) != null) fd.write(answer(p));   // IP packets (tap: Ethernet frames)
 * });
 * ...
 * fd.close();                                           // carrier off; gone unless persistent
 * }</pre>
 * The wake-up runs inside the event loop, so whatever advances virtual time (a ping waiting for
 * its reply, {@code loop.advance}) also runs the program. Errors are the errno the syscall returns.
 */
public final class TunFd implements AutoCloseable {
    public static final int IFF_TUN = Tun.IFF_TUN, IFF_TAP = Tun.IFF_TAP, IFF_NO_PI = Tun.IFF_NO_PI,
            IFF_ONE_QUEUE = Tun.IFF_ONE_QUEUE, IFF_VNET_HDR = Tun.IFF_VNET_HDR,
            IFF_MULTI_QUEUE = Tun.IFF_MULTI_QUEUE, IFF_TUN_EXCL = Tun.IFF_TUN_EXCL, IFF_PERSIST = Tun.IFF_PERSIST,
            IFF_NOFILTER = Tun.IFF_NOFILTER, IFF_NO_CARRIER = Tun.IFF_NO_CARRIER;
    /** Length of the struct tun_pi in front of each packet unless IFF_NO_PI. */
    public static final int PI_LEN = TunFile.PI_LEN;

    private final TunFile f;

    private TunFd(TunFile f) { this.f = f; }

    /** open("/dev/net/tun") by a process in namespace {@code net}. */
    public static TunFd open(Kernel kernel, Net net) { return new TunFd(TunFile.open(kernel, net)); }

    /** ioctl(TUNSETIFF): attach to or create {@code name} ("" = kernel-chosen); returns the name. */
    public String setIff(String name, int flags) throws KernelException { return f.setIff(name, flags); }

    /** ioctl(TUNSETPERSIST). */
    public void setPersist(boolean on) throws KernelException { f.setPersist(on); }

    /** ioctl(TUNSETOWNER). */
    public void setOwner(int uid) throws KernelException { f.setOwner(uid); }

    /** ioctl(TUNSETGROUP). */
    public void setGroup(int gid) throws KernelException { f.setGroup(gid); }

    /** ioctl(TUNGETIFF) flags. */
    public int flags() throws KernelException { return f.flags(); }

    /** The attached device's name, or null. */
    public String ifname() { return f.device() == null ? null : f.device().name(); }

    /** Non-blocking read: the next packet/frame the stack sent, or null (EAGAIN). */
    public byte[] read() throws KernelException { return f.read(); }

    /** write(): the packet/frame is received by the stack on the device. */
    public void write(byte[] frame) throws KernelException { f.write(frame); }

    /** poll() for POLLIN. */
    public boolean readable() { return f.readable(); }

    /** The wake-up that runs as an event once something can be read (null to stop). */
    public void setOnReadable(Runnable r) { f.setOnReadable(r); }

    @Override
    public void close() { f.close(); }
}
