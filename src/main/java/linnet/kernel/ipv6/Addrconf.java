package linnet.kernel.ipv6;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Iff;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.NetdevEvent;
import linnet.kernel.core.PernetOps;
import linnet.kernel.core.Sysctl;

/**
 * The IPv6 addresses Linux shows without being asked (net/ipv6/addrconf.c): ::1 on an up
 * loopback, and an EUI-64 link-local on an up Ethernet device once its carrier is on; gone when
 * the device goes down or IPv6 is disabled. No IPv6 packets are sent (DAD/MLD are not emulated).
 */
public final class Addrconf implements PernetOps {
    /** One inet6 address of a device. */
    public record Inet6Addr(byte[] addr, int prefixLen, int scope) {}

    /** dev->ip6_ptr: the device's IPv6 addresses and its disable_ipv6 switch. */
    public static final class Inet6Dev {
        public final List<Inet6Addr> addrs = new ArrayList<>();
        Sysctl.Entry disable;
    }

    public static final int SCOPE_HOST = 254, SCOPE_LINK = 253, SCOPE_UNIVERSE = 0;
    private static int slot = -1;

    private record Pernet(Sysctl.Entry allDisable, Sysctl.Entry dfltDisable) {}

    private Addrconf() {}

    public static void init(Kernel kernel) {
        if (slot < 0) slot = kernel.registerPernet();
        Addrconf a = new Addrconf();
        kernel.registerPernetOps(a);
        kernel.registerNotifier(a::event);
    }

    public static Inet6Dev of(NetDevice d) { return (Inet6Dev) d.ip6Ptr; }

    @Override
    public void init(Net net) {
        Sysctl s = net.sysctl;
        Sysctl.Entry all = s.registerInt("net.ipv6.conf.all.disable_ipv6", 0, 0, 1);
        Sysctl.Entry dflt = s.registerInt("net.ipv6.conf.default.disable_ipv6", 0, 0, 1);
        s.registerInt("net.ipv6.conf.all.forwarding", 0, 0, 1);
        s.registerInt("net.ipv6.conf.default.forwarding", 0, 0, 1);
        net.setGeneric(slot, new Pernet(all, dflt));
        all.onWrite(e -> {
            dflt.setInternal(e.value());
            for (NetDevice d : net.devices()) {
                Inet6Dev i6 = of(d);
                if (i6 == null) continue;
                i6.disable.setInternal(e.value());
                refresh(d);
            }
        });
    }

    private void event(NetdevEvent ev, NetDevice dev) {
        Pernet p = dev.net().generic(slot);
        if (p == null) return;
        switch (ev) {
            case REGISTER -> {
                if (dev.ip6Ptr == null) {
                    Inet6Dev i6 = new Inet6Dev();
                    i6.disable = dev.net().sysctl.registerInt("net.ipv6.conf." + dev.name() + ".disable_ipv6",
                            p.dfltDisable().longValue(), 0, 1);
                    dev.net().sysctl.registerInt("net.ipv6.conf." + dev.name() + ".forwarding", 0, 0, 1);
                    i6.disable.onWrite(e -> refresh(dev));
                    dev.ip6Ptr = i6;
                }
            }
            case UP, CHANGE -> refresh(dev);
            case DOWN -> {
                Inet6Dev i6 = of(dev);
                if (i6 != null) i6.addrs.clear();
            }
            case UNREGISTER -> {
                Inet6Dev i6 = of(dev);
                if (i6 != null) {
                    dev.net().sysctl.removePrefix("net.ipv6.conf." + dev.name() + ".");
                    dev.ip6Ptr = null;
                }
            }
            case CHANGENAME -> {
                Inet6Dev i6 = of(dev);
                if (i6 != null) {
                    Sysctl s = dev.net().sysctl;
                    for (Sysctl.Entry e : s.list("net.ipv6.conf.")) {
                        if (e == i6.disable) s.remove(e.key);
                    }
                    long v = i6.disable.longValue();
                    i6.disable = s.registerInt("net.ipv6.conf." + dev.name() + ".disable_ipv6", v, 0, 1);
                    i6.disable.onWrite(e -> refresh(dev));
                }
            }
            default -> { }
        }
    }

    /** Brings the automatic addresses in line with the device state. */
    static void refresh(NetDevice dev) {
        Inet6Dev i6 = of(dev);
        if (i6 == null) return;
        boolean enabled = i6.disable.intValue() == 0 && dev.isUp();
        if (!enabled) {
            i6.addrs.clear();
            return;
        }
        if (!i6.addrs.isEmpty()) return;
        if ((dev.flags() & Iff.LOOPBACK) != 0) {
            byte[] a = new byte[16];
            a[15] = 1;
            i6.addrs.add(new Inet6Addr(a, 128, SCOPE_HOST));
        } else if (dev.carrierOk() && dev.type == Iff.ARPHRD_ETHER) {
            i6.addrs.add(new Inet6Addr(eui64LinkLocal(dev.addr), 64, SCOPE_LINK));
        }
    }

    /** fe80::/64 with the modified EUI-64 interface identifier of {@code mac}. */
    public static byte[] eui64LinkLocal(long mac) {
        byte[] a = new byte[16];
        a[0] = (byte) 0xfe;
        a[1] = (byte) 0x80;
        a[8] = (byte) (((mac >>> 40) & 0xff) ^ 0x02);
        a[9] = (byte) (mac >>> 32);
        a[10] = (byte) (mac >>> 24);
        a[11] = (byte) 0xff;
        a[12] = (byte) 0xfe;
        a[13] = (byte) (mac >>> 16);
        a[14] = (byte) (mac >>> 8);
        a[15] = (byte) mac;
        return a;
    }

    /** RFC 5952 text form. */
    public static String format(byte[] a) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) w[i] = ((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff);
        int bestStart = -1, bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (w[i] == 0) {
                int j = i;
                while (j < 8 && w[j] == 0) j++;
                if (j - i > bestLen && j - i >= 2) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(w[i]));
        }
        return sb.toString();
    }
}
