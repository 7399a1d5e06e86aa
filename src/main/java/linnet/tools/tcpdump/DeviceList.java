package linnet.tools.tcpdump;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Iff;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;

/**
 * pcap_findalldevs as libpcap 1.10 on Linux lists a namespace's interfaces: its devices, "any"
 * and the pseudo-devices of Debian's build, sorted by libpcap's figure of merit (running and up
 * first, connected before disconnected, loopback late, then the instance number in the name).
 */
final class DeviceList {
    private DeviceList() {}

    private record Dev(String name, String desc, int flags, long merit) {}

    private static final int UP = 1, RUNNING = 2, LOOPBACK = 4, WIRELESS = 8, CONNECTED = 16, DISCONNECTED = 32, NA = 64;

    private static List<Dev> all(Net net) {
        List<Dev> l = new ArrayList<>();
        for (NetDevice d : net.devices()) {
            int f = 0;
            if (d.isUp()) f |= UP;
            if ((d.reportedFlags() & Iff.RUNNING) != 0) f |= RUNNING;
            if ((d.flags() & Iff.LOOPBACK) != 0) f |= LOOPBACK | NA;
            else f |= (f & RUNNING) != 0 ? CONNECTED : DISCONNECTED;
            insert(l, new Dev(d.name(), null, f, merit(d.name(), f)));
        }
        insert(l, new Dev("any", "Pseudo-device that captures on all interfaces", UP | RUNNING | NA, merit("any", UP | RUNNING | NA)));
        insert(l, new Dev("bluetooth-monitor", "Bluetooth Linux Monitor", WIRELESS | NA, merit("bluetooth-monitor", WIRELESS | NA)));
        insert(l, new Dev("nflog", "Linux netfilter log (NFLOG) interface", NA, merit("nflog", NA)));
        insert(l, new Dev("nfqueue", "Linux netfilter queue (NFQUEUE) interface", NA, merit("nfqueue", NA)));
        insert(l, new Dev("dbus-system", "D-Bus system bus", NA, merit("dbus-system", NA)));
        insert(l, new Dev("dbus-session", "D-Bus session bus", NA, merit("dbus-session", NA)));
        return l;
    }

    /** A new device goes after every one whose figure is not worse (pcap_add_dev's insertion). */
    private static void insert(List<Dev> l, Dev d) {
        int i = 0;
        while (i < l.size() && l.get(i).merit <= d.merit) i++;
        l.add(i, d);
    }

    private static long merit(String name, int f) {
        long n;
        if (name.equals("any")) n = 0x1FFFFFFFL;
        else {
            int k = name.length();
            while (k > 0 && Character.isDigit(name.charAt(k - 1))) k--;
            n = k < name.length() ? Long.parseLong(name.substring(k)) + 1 : 0;
            n &= 0x0FFFFFFFL;
        }
        if ((f & RUNNING) == 0) n |= 0x80000000L;
        if ((f & UP) == 0) n |= 0x40000000L;
        if ((f & WIRELESS) == 0 && (f & DISCONNECTED) != 0) n |= 0x20000000L;
        if ((f & LOOPBACK) != 0) n |= 0x20000000L;
        return n;
    }

    /** tcpdump -D. */
    static String list(Net net) {
        StringBuilder sb = new StringBuilder();
        int i = 1;
        for (Dev d : all(net)) {
            sb.append(i++).append('.').append(d.name);
            if (d.desc != null) sb.append(" (").append(d.desc).append(')');
            List<String> s = new ArrayList<>();
            if ((d.flags & UP) != 0) s.add("Up");
            if ((d.flags & RUNNING) != 0) s.add("Running");
            if ((d.flags & LOOPBACK) != 0) s.add("Loopback");
            if ((d.flags & WIRELESS) != 0) s.add("Wireless");
            sb.append(" [").append(s.isEmpty() ? "none" : String.join(", ", s));
            if ((d.flags & WIRELESS) == 0) {
                if ((d.flags & CONNECTED) != 0) sb.append(", Connected");
                if ((d.flags & DISCONNECTED) != 0) sb.append(", Disconnected");
            }
            sb.append("]\n");
        }
        return sb.toString();
    }

    /** pcap_lookupdev: the first device of the list that is up and not loopback (null: none). */
    static String defaultDevice(Net net) {
        for (Dev d : all(net)) {
            if (d.name.equals("any")) return "any";
            if ((d.flags & UP) != 0 && (d.flags & LOOPBACK) == 0 && (d.flags & NA) == 0) return d.name;
        }
        return null;
    }

    /** The loopback device's ifindex (libpcap's lo_ifindex), -1 without one. */
    static int loIndex(Net net) {
        NetDevice lo = net.byName("lo");
        return lo == null ? -1 : lo.ifindex();
    }
}
