package linnet.lab;

import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.drivers.PhysNic;
import linnet.kernel.ipv4.Fib;
import linnet.kernel.ipv4.FibRoute;
import linnet.kernel.rtnl.RouteRequest;
import linnet.kernel.rtnl.RtnlRoute;
import linnet.wire.Inet4;

/**
 * Start-up profiles beyond the bare sandbox. {@code host}: the machine has eth0 10.0.2.15/24 with a
 * default route via 10.0.2.2, the upstream "world" (a second machine on the cable). The world
 * answers for every public address but has no route to private ranges (10/8, 172.16/12,
 * 192.168/16) beyond its own link, so namespaces behind the host reach the outside only with NAT,
 * for the same reason as on a real host.
 */
final class Profiles {
    private Profiles() {}

    static final String HOST_ADDR = "10.0.2.15", GATEWAY = "10.0.2.2";

    static void host(Lab lab) {
        Machine world = new Machine(lab.loop, lab.rng);
        lab.add(world);
        world.kernel.initNet().byName("lo").open();
        PhysNic hostNic = new PhysNic(lab.main.kernel, "eth0", 0x52_54_00_12_34_56L);
        PhysNic worldNic = new PhysNic(world.kernel, "eth0", 0x52_55_0a_00_02_02L);
        PhysNic.connect(hostNic, worldNic);
        try {
            Net h = lab.main.kernel.initNet();
            Net w = world.kernel.initNet();
            lab.main.kernel.registerNetdevice(h, hostNic);
            world.kernel.registerNetdevice(w, worldNic);
            up(lab.main, "eth0", HOST_ADDR);
            up(world, "eth0", GATEWAY);
            RtnlRoute.add(h, route(FibRoute.RT_TABLE_MAIN, FibRoute.RTN_UNICAST, "0.0.0.0", 0, Inet4.parse(GATEWAY), null, 0),
                    Fib.NLM_F_CREATE | Fib.NLM_F_EXCL);
            // The world: every address is its own (looked up last, in table default) ...
            RtnlRoute.add(w, route(FibRoute.RT_TABLE_DEFAULT, FibRoute.RTN_LOCAL, "0.0.0.0", 0, 0, "lo", 254),
                    Fib.NLM_F_CREATE | Fib.NLM_F_EXCL);
            // ... except the private ranges, which are not routed on the Internet.
            for (String[] p : new String[][] {{"10.0.0.0", "8"}, {"172.16.0.0", "12"}, {"192.168.0.0", "16"}}) {
                RtnlRoute.add(w, route(FibRoute.RT_TABLE_MAIN, FibRoute.RTN_UNREACHABLE, p[0], Integer.parseInt(p[1]), 0, null, 0),
                        Fib.NLM_F_CREATE | Fib.NLM_F_EXCL);
            }
        } catch (KernelException e) {
            throw new IllegalStateException("host profile: " + e.getMessage(), e);
        }
    }

    private static void up(Machine m, String dev, String addr) throws KernelException {
        Net n = m.kernel.initNet();
        m.host.rtnl().newAddr(n, dev, Inet4.parse(addr), Inet4.parse(addr), 24, Inet4.parse(addr) | 0xff, null, 0, 0, false);
        n.byName(dev).open();
    }

    private static RouteRequest route(int table, int type, String dst, int len, int gw, String dev, int scope) {
        return new RouteRequest(table, type, true, Inet4.parse(dst), len, 0, 0, false, FibRoute.RTPROT_BOOT, true,
                scope, true, 0, gw, dev, false, 0, false);
    }
}
