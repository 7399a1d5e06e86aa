package linnet.kernel.ipv4;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.NetDevice;

/** IPv4 state of one device (struct in_device): its addresses and its conf sysctls. */
public final class InDevice {
    public final NetDevice dev;
    /** Addresses in list order: primaries first, each followed in order of addition. */
    public final List<InIfaddr> addrs = new ArrayList<>();
    public final DevConf conf;
    /** net.ipv4.neigh.NAME.* of this device. */
    linnet.kernel.core.Sysctl.Dir neighConf;

    InDevice(NetDevice dev, DevConf conf) {
        this.dev = dev;
        this.conf = conf;
    }

    public static InDevice of(NetDevice dev) { return (InDevice) dev.ipPtr; }

    /** IGMPv3 (igmp.c): the groups of the next state-change report, the reports left, its timer. */
    final List<Integer> igmpPending = new ArrayList<>();
    int igmpReports;
    linnet.sim.EventLoop.Timer igmpTimer;
    /** in_dev->mc_list beyond all-hosts: the groups sockets joined (ip_mc_inc_group), with their users. */
    final java.util.Map<Integer, Integer> mcUsers = new java.util.LinkedHashMap<>();

    /** The first primary address (inet_select_addr without scope preferences), or null. */
    public InIfaddr primary() {
        for (InIfaddr a : addrs) if (!a.secondary()) return a;
        return null;
    }
}
