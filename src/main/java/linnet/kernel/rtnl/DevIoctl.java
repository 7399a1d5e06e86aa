package linnet.kernel.rtnl;

import linnet.kernel.core.Errno;
import linnet.kernel.core.Iff;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.ipv4.Devinet;
import linnet.kernel.ipv4.InDevice;
import linnet.kernel.ipv4.InIfaddr;

/**
 * The interface ioctls ifconfig(8) uses (dev_ioctl in net/core/dev_ioctl.c, devinet_ioctl in
 * net/ipv4/devinet.c). A name with a colon ("eth0:1") addresses the device before the colon;
 * the IPv4 ioctls also use the whole name as the label of the address they act on.
 */
public final class DevIoctl {
    private DevIoctl() {}

    /** The device an ifreq name refers to (dev_ioctl cuts the name at the colon). */
    public static NetDevice dev(Net net, String ifname) throws KernelException {
        int colon = ifname.indexOf(':');
        return Rtnl.dev(net, colon >= 0 ? ifname.substring(0, colon) : ifname);
    }

    /** An ifr_hwaddr: the sa_family (the device type) and the address. */
    public record HwAddr(int type, long addr, int len) {}

    /** SIOCGIFHWADDR: the device's type and hardware address. */
    public static HwAddr getHwAddr(Net net, String ifname) throws KernelException {
        NetDevice d = dev(net, ifname);
        return new HwAddr(d.type, d.addr, d.addrLen);
    }

    /** SIOCGIFFLAGS: dev_get_flags() cut to the 16 bits of ifr_flags. */
    public static int getFlags(Net net, String ifname) throws KernelException {
        return dev(net, ifname).reportedFlags() & 0xffff;
    }

    /**
     * SIOCSIFFLAGS. On an alias only "not UP" means something: it deletes the labelled address.
     * On a device, dev_change_flags: the user bits (promisc, arp, ...), then UP.
     */
    public static void setFlags(Net net, String ifname, int flags) throws KernelException {
        NetDevice d = dev(net, ifname);
        if (ifname.indexOf(':') >= 0) {
            InIfaddr ifa = byLabel(d, ifname);
            if (ifa == null) throw new KernelException(Errno.EADDRNOTAVAIL);
            if ((flags & Iff.UP) == 0) Devinet.delete(ifa);
            return;
        }
        d.changeFlags(flags);
        if ((flags & Iff.UP) != 0) d.open();
        else d.close();
    }

    /** SIOCSIFMTU (dev_set_mtu: EINVAL outside the device's range). */
    public static void setMtu(Net net, String ifname, int mtu) throws KernelException {
        NetDevice d = dev(net, ifname);
        if (mtu < d.minMtu || mtu > d.maxMtu) throw new KernelException(Errno.EINVAL);
        new Rtnl(d.kernel).setLink(net, d.name(), new LinkChange(null, null, mtu, null, null, null));
    }

    /** SIOCSIFHWADDR. */
    public static void setHwAddr(Net net, String ifname, long mac) throws KernelException {
        NetDevice d = dev(net, ifname);
        try {
            new Rtnl(d.kernel).setLink(net, d.name(), new LinkChange(null, null, null, mac, null, null));
        } catch (KernelException e) {
            throw new KernelException(e.errno);
        }
    }

    /** SIOCSIFTXQLEN. */
    public static void setTxQueueLen(Net net, String ifname, int qlen) throws KernelException {
        NetDevice d = dev(net, ifname);
        if (qlen < 0) throw new KernelException(Errno.EINVAL);
        d.txQueueLen = qlen;
    }

    /**
     * SIOCSIFADDR: creates the labelled address, or re-addresses it. The prefix is the classful
     * one (inet_abc_len), the broadcast follows from it on broadcast devices.
     */
    public static void setAddr(Net net, String ifname, int addr) throws KernelException {
        NetDevice d = dev(net, ifname);
        InDevice in = InDevice.of(d);
        if (in == null) throw new KernelException(Errno.ENODEV);
        int abc = classfulLen(addr);
        if (abc < 0) throw new KernelException(Errno.EINVAL);
        InIfaddr ifa = byLabel(d, ifname);
        if (ifa != null) {
            if (ifa.local == addr) return;
            Devinet.delete(ifa);
            ifa.broadcast = 0;
            ifa.scope = 0;
        } else {
            ifa = new InIfaddr(d);
            ifa.label = ifname.indexOf(':') >= 0 ? ifname : d.name();
            ifa.flags = InIfaddr.IFA_F_PERMANENT;
        }
        // inet_set_ifa: every conf knob of the device now counts as set (ipv4_devconf_setall).
        in.conf.markAllSet();
        // __inet_insert_ifa drops an address 0.0.0.0: setting it is how an address is deleted.
        if (addr == 0) return;
        ifa.local = addr;
        ifa.address = addr;
        if ((d.flags() & Iff.POINTOPOINT) == 0) {
            ifa.prefixLen = abc;
            if ((d.flags() & Iff.BROADCAST) != 0 && abc < 31) ifa.broadcast = addr | ~ifa.mask();
        } else {
            ifa.prefixLen = 32;
        }
        if ((addr >>> 24) == 127) ifa.scope = InIfaddr.SCOPE_HOST;
        Devinet.insert(ifa);
    }

    /** SIOCSIFNETMASK: the broadcast follows the mask only if it was the old mask's default. */
    public static void setNetmask(Net net, String ifname, int mask) throws KernelException {
        NetDevice d = dev(net, ifname);
        InIfaddr ifa = byLabel(d, ifname);
        if (ifa == null) throw new KernelException(Errno.EADDRNOTAVAIL);
        if (RtIoctl.badMask(mask, 0)) throw new KernelException(Errno.EINVAL);
        if (ifa.mask() == mask) return;
        int oldMask = ifa.mask();
        Devinet.delete(ifa);
        ifa.prefixLen = Integer.bitCount(mask);
        if ((d.flags() & Iff.BROADCAST) != 0 && ifa.prefixLen < 31 && ifa.broadcast == (ifa.local | ~oldMask))
            ifa.broadcast = ifa.local | ~mask;
        Devinet.insert(ifa);
    }

    /** SIOCSIFDSTADDR: the peer (ifa_address) of the label's address, re-inserted so its routes follow. */
    public static void setDstAddr(Net net, String ifname, int dst) throws KernelException {
        NetDevice d = dev(net, ifname);
        InIfaddr ifa = byLabel(d, ifname);
        if (ifa == null) throw new KernelException(Errno.EADDRNOTAVAIL);
        if (ifa.address == dst) return;
        Devinet.delete(ifa);
        ifa.address = dst;
        Devinet.insert(ifa);
    }

    /** SIOCSIFBRDADDR. */
    public static void setBroadcast(Net net, String ifname, int brd) throws KernelException {
        NetDevice d = dev(net, ifname);
        InIfaddr ifa = byLabel(d, ifname);
        if (ifa == null) throw new KernelException(Errno.EADDRNOTAVAIL);
        if (ifa.broadcast == brd) return;
        Devinet.delete(ifa);
        ifa.broadcast = brd;
        Devinet.insert(ifa);
    }

    /** inet_abc_len: the classful prefix length of an address, -1 for multicast. */
    public static int classfulLen(int addr) {
        int top = addr >>> 24;
        if (top == 0 || addr == -1) return 0;
        if (top < 128) return 8;
        if (top < 192) return 16;
        if (top < 224) return 24;
        if (top >= 240) return 32;
        return -1;
    }

    private static InIfaddr byLabel(NetDevice d, String label) {
        InDevice in = InDevice.of(d);
        if (in == null) return null;
        for (InIfaddr a : in.addrs) if (label.equals(a.label)) return a;
        return null;
    }
}
