package linnet.kernel.ipv6;

import java.util.List;

import linnet.kernel.core.Errno;
import linnet.kernel.core.Iff;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.NetdevEvent;
import linnet.kernel.core.PernetOps;
import linnet.kernel.core.Sysctl;
import linnet.sim.EventLoop;
import linnet.wire.Inet6;

/**
 * IPv6 address configuration (net/ipv6/addrconf.c). ::1 on an up loopback; once an Ethernet
 * device is up with carrier (IF_READY) the multicast route ff00::/8, the EUI-64 link-local with
 * its fe80::/64 prefix route (addrgenmode eui64; none makes neither); user addresses with their
 * prefix routes. An address is tentative until duplicate address detection ends (a random delay
 * below rtr_solicit_delay plus one retransmission time; immediately for nodad), and only then
 * gets its local route. The DAD probes themselves, MLD and router solicitations are not sent.
 * Going down or disable_ipv6 removes every address and route of the device.
 */
public final class Addrconf implements PernetOps {
    public static final int SCOPE_HOST = 254, SCOPE_LINK = 253, SCOPE_UNIVERSE = 0;
    /** IP6_RT_PRIO_ADDRCONF: the metric of automatic prefix routes. */
    public static final int PRIO_ADDRCONF = 256;
    static final long DAD_DELAY_MAX = EventLoop.NS_PER_SEC, RETRANS = EventLoop.NS_PER_SEC;
    private static int slot = -1;

    private record Pernet(Sysctl.Dir all, Sysctl.Dir dflt) {}

    private Addrconf() {}

    static void init(Kernel kernel) {
        if (slot < 0) slot = kernel.registerPernet();
        Addrconf a = new Addrconf();
        kernel.registerPernetOps(a);
        kernel.registerNotifier(a::event);
    }

    public static Inet6Dev of(NetDevice d) { return d.ip6Ptr instanceof Inet6Dev i ? i : null; }

    /** net.ipv6.conf.all.forwarding: IPv6 forwards only while it is set (or force_forwarding on the device). */
    static boolean allForwarding(Net net) {
        Pernet p = net.generic(slot);
        return p != null && p.all().get(Ipv6DevConf.FORWARDING) != 0;
    }

    @Override
    public void init(Net net) {
        Sysctl s = net.sysctl;
        Sysctl.Dir all = Ipv6DevConf.registerAll(s);
        Sysctl.Dir dflt = Ipv6DevConf.registerDefault(s);
        net.setGeneric(slot, new Pernet(all, dflt));
        // addrconf_disable_ipv6 / addrconf_fixup_forwarding: a changed "all" value goes to
        // "default" and to every device (a device whose disable_ipv6 flips goes down or up).
        all.onWrite((d, knob, old) -> {
            int v = d.get(knob);
            if (v == old || (knob != Ipv6DevConf.DISABLE_IPV6 && knob != Ipv6DevConf.FORWARDING)) return;
            dflt.set(knob, v);
            for (NetDevice dev : net.devices()) {
                Inet6Dev i6 = of(dev);
                if (i6 == null) continue;
                int was = i6.conf.get(knob);
                i6.conf.set(knob, v);
                if (knob == Ipv6DevConf.DISABLE_IPV6 && was != v) disableChanged(dev);
                if (knob == Ipv6DevConf.FORWARDING && (was == 0) != (v == 0)) forwardChange(i6);
            }
        });
    }

    private void event(NetdevEvent ev, NetDevice dev) {
        Pernet p = dev.net().generic(slot);
        if (p == null) return;
        switch (ev) {
            case REGISTER -> {
                if (dev.ip6Ptr == null && dev.mtu >= IPV6_MIN_MTU) addDev(dev, p);
            }
            case UP -> {
                // br_multicast_join_snoopers (at br_dev_open, IPv6 ready or not): ff02::6a
                Inet6Dev i6 = of(dev);
                if (i6 != null && !i6.disabled() && dev.joinsAllSnoopers() && i6.driverGroups.isEmpty()) {
                    byte[] g = Inet6.parse("ff02::6a");
                    i6.driverGroups.add(g);
                    Mld.groupAdded(i6, g);
                }
                up(dev);
            }
            case CHANGE -> {
                // ndisc_netdev_event: a lost carrier evicts all but the permanent neighbours
                // (neigh_carrier_down) while ndisc_evict_nocarrier allows it, on the device and in all.
                Inet6Dev i6 = of(dev);
                NetnsIpv6 ns = NetnsIpv6.of(dev.net());
                boolean evict = i6 == null || (i6.conf.get(Ipv6DevConf.NDISC_EVICT_NOCARRIER) != 0
                        && p.all().get(Ipv6DevConf.NDISC_EVICT_NOCARRIER) != 0);
                if (ns != null && evict && !dev.carrierOk()) ns.nd.ifdown(dev, false);
                // addrconf_notify: a configured device with its link back reports its groups again
                // (ipv6_mc_up, "we might have roamed").
                if (i6 != null && i6.ready && !i6.disabled() && linkReady(dev)) Mld.reportAll(i6);
                up(dev);
            }
            case DOWN -> ifdown(dev, false);
            case CHANGEMTU -> {
                // Below IPV6_MIN_MTU the device loses IPv6 altogether (addresses, routes and its
                // conf/neigh directories, as on unregister); raised again it gets a fresh inet6_dev.
                Inet6Dev i6 = of(dev);
                if (dev.mtu < IPV6_MIN_MTU) {
                    if (i6 != null) removeDev(dev);
                } else if (i6 == null) {
                    addDev(dev, p);
                    up(dev);
                } else {
                    i6.conf.set(Ipv6DevConf.MTU, dev.mtu);
                }
            }
            case UNREGISTER -> removeDev(dev);
            case CHANGENAME -> {
                Inet6Dev i6 = of(dev);
                if (i6 != null) {
                    Sysctl s = dev.net().sysctl;
                    s.renameDir(i6.conf, Ipv6DevConf.prefix(dev.name()));
                    s.renameDir(i6.neighConf, "net.ipv6.neigh." + dev.name() + ".");
                }
            }
            default -> { }
        }
    }

    static final int IPV6_MIN_MTU = 1280;

    /** ipv6_add_dev: the device's inet6_dev with conf copied from "default" and its neigh parameters. */
    private static void addDev(NetDevice dev, Pernet p) {
        Inet6Dev i6 = new Inet6Dev(dev);
        Sysctl s = dev.net().sysctl;
        i6.conf = Ipv6DevConf.register(s, dev.name(), p.dflt(), dev.mtu, (dev.flags() & Iff.LOOPBACK) != 0);
        i6.conf.onWrite((d, knob, old) -> {
            if (knob == Ipv6DevConf.DISABLE_IPV6 && d.get(knob) != old) disableChanged(dev);
            if (knob == Ipv6DevConf.FORWARDING && (d.get(knob) == 0) != (old == 0)) forwardChange(i6);
        });
        i6.conf.check((d, knob, v) -> {
            // addrconf_sysctl_mtu: a device's IPv6 MTU lies between IPV6_MIN_MTU and the device's MTU.
            if (knob == Ipv6DevConf.MTU && v > dev.mtu) throw new KernelException(Errno.EINVAL);
            // check_stable_privacy: stable-privacy addresses need a secret, the device's or default's.
            if (knob == Ipv6DevConf.ADDR_GEN_MODE && v == Inet6Dev.ADDR_GEN_MODE_STABLE_PRIVACY
                    && d.get(knob) != v && d.text(Ipv6DevConf.STABLE_SECRET) == null
                    && p.dflt().text(Ipv6DevConf.STABLE_SECRET) == null) {
                throw new KernelException(Errno.EINVAL);
            }
        });
        i6.neighConf = linnet.kernel.ipv4.NeighConf.register(s, "net.ipv6.neigh." + dev.name() + ".",
                linnet.kernel.ipv4.NeighConf.ND);
        dev.ip6Ptr = i6;
    }

    /** addrconf_ifdown(dev, unregister): everything IPv6 of the device goes, its directories too. */
    private static void removeDev(NetDevice dev) {
        ifdown(dev, true);
        if (of(dev) != null) {
            dev.net().sysctl.removePrefix(Ipv6DevConf.prefix(dev.name()));
            dev.net().sysctl.removePrefix("net.ipv6.neigh." + dev.name() + ".");
            dev.ip6Ptr = null;
        }
    }

    /** dev_disable_change: like the device going down, or coming up again. */
    private static void disableChanged(NetDevice dev) {
        Inet6Dev i6 = of(dev);
        if (i6 == null) return;
        if (i6.disabled()) ifdown(dev, false);
        else up(dev);
    }

    static boolean linkReady(NetDevice dev) {
        return dev.isUp() && (dev.carrierOk() || (dev.flags() & Iff.LOOPBACK) != 0);
    }

    /** addrconf_notify for NETDEV_UP / NETDEV_CHANGE. */
    private static void up(NetDevice dev) {
        Inet6Dev i6 = of(dev);
        if (i6 == null || i6.disabled() || !dev.isUp()) return;
        NetnsIpv6 ns = NetnsIpv6.of(dev.net());
        // Prefix routes of addresses given while the device was down come back with it.
        for (Inet6Ifaddr a : i6.addrs) addPrefixRoute(ns, a);
        if (!linkReady(dev) || i6.ready) return;
        i6.ready = true;
        Mld.schedule(i6); // what was joined before the link was ready
        // ipv6_mc_up: the groups ipv6_mc_down dropped are loaded again.
        if (i6.allNodes == Inet6Dev.MC_DROPPED) i6.allNodes = Inet6Dev.MC_RELOADED;
        if ((dev.flags() & Iff.LOOPBACK) != 0) {
            // init_loopback: ::1, no DAD.
            if (i6.find(Inet6.LOOPBACK) == null) {
                Inet6Ifaddr a = new Inet6Ifaddr(dev, Inet6.LOOPBACK.clone(), 128, SCOPE_HOST, Inet6Ifaddr.IFA_F_PERMANENT);
                a.proto = Inet6Ifaddr.IFAPROT_KERNEL_LO;
                i6.link(a);
                dadCompleted(a);
            }
            return;
        }
        if (dev.type != Iff.ARPHRD_ETHER) return;
        // addrconf_dev_config: the multicast route, then the link-local address.
        addMroute(ns, dev);
        if (i6.addrGenMode() == Inet6Dev.ADDR_GEN_MODE_EUI64 && i6.find(eui64LinkLocal(dev.addr)) == null) {
            Inet6Ifaddr ll = new Inet6Ifaddr(dev, eui64LinkLocal(dev.addr), 64, SCOPE_LINK,
                    Inet6Ifaddr.IFA_F_PERMANENT | Inet6Ifaddr.IFA_F_TENTATIVE);
            ll.proto = Inet6Ifaddr.IFAPROT_KERNEL_LL;
            i6.link(ll);
            addPrefixRoute(ns, ll);
        }
        for (Inet6Ifaddr a : i6.addrs) dadStart(a);
    }

    /**
     * addrconf_add_dev's addrconf_add_mroute: ff00::/8 in table local, for any device but lo; like
     * every route it needs the device up (a failure is ignored), not its carrier.
     */
    private static void addMroute(NetnsIpv6 ns, NetDevice dev) {
        if ((dev.flags() & Iff.LOOPBACK) != 0 || !dev.isUp()) return;
        ns.local.add(new Rt6Info(Rt6Info.RT_TABLE_LOCAL, Rt6Info.RTN_MULTICAST, Inet6.parse("ff00::"), 8, dev, null,
                PRIO_ADDRCONF, Rt6Info.RTPROT_KERNEL));
    }

    private static void addPrefixRoute(NetnsIpv6 ns, Inet6Ifaddr a) {
        // Every configured address gets its prefix route, a /128 included; only init_loopback's
        // ::1 (added by add_addr, not inet6_addr_add) has none.
        boolean loopbackOwn = (a.dev.flags() & Iff.LOOPBACK) != 0 && Inet6.equals(a.addr, Inet6.LOOPBACK);
        if ((a.flags & Inet6Ifaddr.IFA_F_NOPREFIXROUTE) != 0 || loopbackOwn || !a.dev.isUp()) return;
        Rt6Info r = new Rt6Info(Rt6Info.RT_TABLE_MAIN, Rt6Info.RTN_UNICAST, a.addr, a.prefixLen, a.dev, null,
                PRIO_ADDRCONF, Rt6Info.RTPROT_KERNEL);
        // addrconf_prefix_route with RTF_EXPIRES: a finite valid lifetime is the route's too.
        if ((a.flags & Inet6Ifaddr.IFA_F_PERMANENT) == 0 && a.validLft != Inet6Ifaddr.INFINITY_LIFE_TIME)
            r.expires = a.tstamp + a.validLft * EventLoop.NS_PER_SEC;
        ns.main.add(r);
    }

    /** addrconf_dad_start: nodad addresses are done at once, others after the DAD delay. */
    private static void dadStart(Inet6Ifaddr a) {
        if (a.localRoute != null || a.dadTimer != null) return;
        joinSolict(a);
        // addrconf_dad_begin: a loopback or NOARP device has no neighbours to ask, so DAD ends at once.
        if ((a.dev.flags() & (Iff.LOOPBACK | Iff.NOARP)) != 0) a.flags &= ~Inet6Ifaddr.IFA_F_TENTATIVE;
        if (!a.tentative()) {
            dadCompleted(a);
            return;
        }
        EventLoop loop = a.dev.net().kernel.loop;
        // The kernel draws the delay at random; a hash of the address keeps the lab's seeded RNG
        // sequence (MACs, ports) the same whether or not IPv6 is in use.
        long h = java.util.Arrays.hashCode(a.addr) * 0x9E3779B97F4A7C15L + a.dev.ifindex();
        long delay = Math.floorMod(h, DAD_DELAY_MAX);
        // addrconf_dad_work: the probe (a solicitation from :: to the address's solicited-node
        // group) after the random delay, success one retransmission time later.
        a.dadTimer = loop.schedule(delay, () -> {
            NetnsIpv6.of(a.dev.net()).af.ndisc.sendDadNs(a.dev, a.addr, h);
            a.dadTimer = loop.schedule(RETRANS, () -> {
                a.dadTimer = null;
                a.flags &= ~Inet6Ifaddr.IFA_F_TENTATIVE;
                dadCompleted(a);
            });
        });
    }

    /** addrconf_dad_completed → ipv6_ifa_notify(RTM_NEWADDR): the local route appears. */
    private static void dadCompleted(Inet6Ifaddr a) {
        Inet6Dev i6 = of(a.dev);
        // No carrier test: IF_READY survives a lost carrier, so DAD (or its absence, for nodad) ends anyway.
        if (i6 == null || !i6.addrs.contains(a)) return;
        ifaNotifyNew(NetnsIpv6.of(a.dev.net()), i6, a);
        // addrconf_dad_completed: the first link-local address starts the router solicitations
        // of a host (accept_ra, router_solicitations not 0, not lo).
        // ... and the MLD reports go again, now from the link-local address (send_mld).
        if (a.scope == SCOPE_LINK && lonelyLinkLocal(i6, a)) Mld.dadComplete(i6);
        if (a.scope == SCOPE_LINK && lonelyLinkLocal(i6, a) && i6.acceptRa()
                && i6.conf.get(Ipv6DevConf.RTR_SOLICITS) != 0 && (a.dev.flags() & Iff.LOOPBACK) == 0) {
            NetnsIpv6.of(a.dev.net()).af.ndisc.sendRs(a.dev, a.addr);
            i6.rsInterval = backoff(i6, 1000L * i6.conf.get(Ipv6DevConf.RTR_SOLICIT_INTERVAL), 900_000, 1_100_000);
            i6.rsProbes = 1;
            scheduleRs(i6, i6.rsInterval);
        }
    }

    private static boolean lonelyLinkLocal(Inet6Dev i6, Inet6Ifaddr a) {
        for (Inet6Ifaddr o : i6.addrs) if (o != a && o.scope == SCOPE_LINK && !o.tentative()) return false;
        return true;
    }

    /** The router_solicitation_* knobs read in seconds; the intervals are kept in milliseconds. */
    private static void scheduleRs(Inet6Dev i6, long ms) {
        if (i6.rsTimer != null) i6.rsTimer.cancel();
        i6.rsTimer = i6.dev.net().kernel.loop.schedule(ms * EventLoop.NS_PER_MS, () -> rsTimer(i6));
    }

    /** addrconf_rs_timer: solicit again with the interval doubled (up to the maximum), while a host. */
    private static void rsTimer(Inet6Dev i6) {
        i6.rsTimer = null;
        if (of(i6.dev) != i6 || !i6.ready || !i6.acceptRa()) return;
        int solicits = i6.conf.get(Ipv6DevConf.RTR_SOLICITS);
        if (i6.rsProbes++ >= solicits && solicits >= 0) return; // "no IPv6 routers present"
        Inet6Ifaddr ll = null;
        for (Inet6Ifaddr o : i6.addrs) if (o.scope == SCOPE_LINK && !o.tentative()) ll = o;
        if (ll == null) return;
        NetnsIpv6.of(i6.dev.net()).af.ndisc.sendRs(i6.dev, ll.addr);
        long max = 1000L * i6.conf.get(Ipv6DevConf.RTR_SOLICIT_MAX_INTERVAL);
        long next = backoff(i6, i6.rsInterval, 1_900_000, 2_100_000);
        if (next > max) next = backoff(i6, max, 900_000, 1_100_000);
        i6.rsInterval = next;
        scheduleRs(i6, i6.rsProbes == solicits ? 1000L * i6.conf.get(Ipv6DevConf.RTR_SOLICIT_DELAY) : next);
    }

    /**
     * rfc3315_s14_backoff_*: {@code t} times a factor drawn from [lo, hi] millionths. The kernel
     * draws at random; a hash of the device and the probe count keeps the lab's seeded RNG
     * sequence untouched (as for the DAD delay).
     */
    private static long backoff(Inet6Dev i6, long t, long lo, long hi) {
        long h = (i6.dev.addr * 0x9E3779B97F4A7C15L + i6.dev.ifindex() * 31L + i6.rsProbes) * 0xBF58476D1CE4E5B9L;
        long f = lo + Math.floorMod(h >>> 7, hi - lo + 1);
        return t * f / 1_000_000;
    }

    /** __ipv6_ifa_notify(RTM_NEWADDR): the local route, and on a forwarding device the subnet-router anycast. */
    private static void ifaNotifyNew(NetnsIpv6 ns, Inet6Dev i6, Inet6Ifaddr a) {
        a.localRoute = new Rt6Info(Rt6Info.RT_TABLE_LOCAL, Rt6Info.RTN_LOCAL, a.addr, 128, a.dev, null, 0,
                Rt6Info.RTPROT_KERNEL);
        ns.local.add(a.localRoute);
        if (i6.forwarding()) joinAnycast(ns, i6, a);
    }

    /**
     * dev_forward_change: a device that starts (stops) forwarding joins (leaves) the
     * subnet-router anycast address of each of its addresses that finished DAD.
     */
    private static void forwardChange(Inet6Dev i6) {
        NetnsIpv6 ns = NetnsIpv6.of(i6.dev.net());
        if (ns == null) return;
        // ... and the all-routers groups (reported by MLD while the device is up)
        if (i6.forwarding() && (i6.dev.flags() & Iff.MULTICAST) != 0) {
            for (String r : new String[] {"ff01::2", "ff02::2", "ff05::2"}) Mld.groupAdded(i6, Inet6.parse(r));
        }
        for (Inet6Ifaddr a : i6.addrs) {
            if (a.tentative()) continue;
            if (i6.forwarding()) joinAnycast(ns, i6, a);
            else leaveAnycast(ns, i6, a);
        }
    }

    /**
     * addrconf_join_anycast: the prefix with the host part zero (RFC 4291's subnet-router
     * anycast), except for /127 and /128 (RFC 6164) and a zero prefix. __ipv6_dev_ac_inc counts
     * users per device and address; the first one brings an anycast route to table local.
     */
    private static void joinAnycast(NetnsIpv6 ns, Inet6Dev i6, Inet6Ifaddr a) {
        byte[] p = anycastOf(a);
        if (p == null) return;
        for (Inet6Dev.Anycast ac : i6.anycast) {
            if (Inet6.equals(ac.addr, p)) {
                ac.users++;
                return;
            }
        }
        Rt6Info r = new Rt6Info(Rt6Info.RT_TABLE_LOCAL, Rt6Info.RTN_ANYCAST, p, 128, i6.dev, null, 0, Rt6Info.RTPROT_KERNEL);
        r.anycast = true;
        i6.anycast.add(0, new Inet6Dev.Anycast(p, r));
        ns.local.add(r);
    }

    /** addrconf_leave_anycast → __ipv6_dev_ac_dec: the last user takes the route away. */
    private static void leaveAnycast(NetnsIpv6 ns, Inet6Dev i6, Inet6Ifaddr a) {
        byte[] p = anycastOf(a);
        if (p == null) return;
        for (Inet6Dev.Anycast ac : i6.anycast) {
            if (!Inet6.equals(ac.addr, p)) continue;
            if (--ac.users > 0) return;
            i6.anycast.remove(ac);
            ns.local.remove(ac.route);
            return;
        }
    }

    private static byte[] anycastOf(Inet6Ifaddr a) {
        if (a.prefixLen >= 127) return null;
        byte[] p = Inet6.mask(a.addr, a.prefixLen);
        return Inet6.isAny(p) ? null : p;
    }

    /** addrconf_join_solict (from addrconf_dad_begin): once per address. */
    private static void joinSolict(Inet6Ifaddr a) {
        // addrconf_join_solict: loopback and NOARP devices have no solicited-node groups (nor MLD for them)
        if ((a.dev.flags() & (Iff.LOOPBACK | Iff.NOARP)) != 0) return;
        Inet6Dev i6 = of(a.dev);
        if (i6 != null) i6.joinSolict(a);
    }

    /**
     * The groups IPv6 holds on the device's multicast list, in their order there: the all-nodes
     * group (when loaded at registration; see {@link #allNodesReloaded}) and the solicited-node
     * group of each address, once per group.
     */
    public static List<byte[]> solicitedGroups(NetDevice dev) {
        Inet6Dev i6 = of(dev);
        return i6 == null ? List.of() : List.copyOf(i6.solictGroups);
    }

    /** Where the all-nodes group is on the device's multicast list (Inet6Dev.MC_*); -1 without IPv6. */
    public static int allNodesState(NetDevice dev) {
        Inet6Dev i6 = of(dev);
        return i6 == null ? -1 : i6.allNodes;
    }

    /** addrconf_ifdown: every address, route and neighbour of the device goes. */
    private static void ifdown(NetDevice dev, boolean unregister) {
        Inet6Dev i6 = of(dev);
        if (i6 == null) return;
        for (Inet6Ifaddr a : i6.addrs) cancel(a);
        if (i6.rsTimer != null) i6.rsTimer.cancel();
        i6.rsTimer = null;
        i6.rsProbes = 0;
        i6.addrs.clear();
        dev.net().kernel.floodChanged(dev);
        i6.anycast.clear(); // ipv6_ac_destroy_dev; the routes go with the device's below
        // ipv6_mc_down runs only for a device that was ready; the solicited-node groups leave with
        // their addresses.
        if (i6.ready) i6.allNodes = Inet6Dev.MC_DROPPED;
        i6.clearSolict();
        i6.driverGroups.clear();
        Mld.stop(i6);
        i6.ready = false;
        NetnsIpv6 ns = NetnsIpv6.of(dev.net());
        if (ns == null) return;
        for (Fib6Table t : ns.tables()) t.flushDev(dev);
        ns.nd.ifdown(dev, unregister);
    }

    private static void cancel(Inet6Ifaddr a) {
        if (a.dadTimer != null) a.dadTimer.cancel();
        a.dadTimer = null;
        a.localRoute = null;
    }

    // ------------------------------------------------------------------ user requests

    /** inet6_addr_add (RTM_NEWADDR). */
    public static void addAddr(NetDevice dev, byte[] addr, int prefixLen, int flags) throws KernelException {
        addAddr(dev, addr, prefixLen, flags, Inet6Ifaddr.INFINITY_LIFE_TIME, Inet6Ifaddr.INFINITY_LIFE_TIME);
    }

    /**
     * inet6_addr_add with lifetimes (seconds, INFINITY_LIFE_TIME = forever): an address whose
     * valid lifetime is finite is not IFA_F_PERMANENT ("dynamic"), one whose preferred lifetime is
     * 0 is deprecated from the start; addrconf_verify deprecates and deletes them as they run out.
     */
    public static void addAddr(NetDevice dev, byte[] addr, int prefixLen, int flags, long validLft, long preferredLft)
            throws KernelException {
        Inet6Dev i6 = of(dev);
        if (i6 == null) throw new KernelException(Errno.ENODEV);
        if (prefixLen > 128) throw new KernelException(Errno.EINVAL);
        if (validLft == 0 || preferredLft > validLft) throw new KernelException(Errno.EINVAL, "ipv6: address lifetime invalid");
        if (i6.disabled()) throw new KernelException(Errno.EACCES, "ipv6: IPv6 is disabled on this device");
        NetnsIpv6 ns = NetnsIpv6.of(dev.net());
        // inet6_addr_add → addrconf_add_dev: the device's multicast route comes with an address
        // request, before ipv6_add_addr judges the address (so it stays even if that fails).
        addMroute(ns, dev);
        if (Inet6.isAny(addr)) throw new KernelException(Errno.EADDRNOTAVAIL, "ipv6: Invalid address");
        if (Inet6.isMulticast(addr)) throw new KernelException(Errno.EADDRNOTAVAIL,
                "ipv6: Cannot assign multicast address without \"IFA_F_MCAUTOJOIN\" flag");
        if (Inet6.isLoopback(addr) && (dev.flags() & Iff.LOOPBACK) == 0)
            throw new KernelException(Errno.EADDRNOTAVAIL, "ipv6: Cannot assign loopback address on this device");
        if (i6.find(addr) != null) throw new KernelException(Errno.EEXIST, "ipv6: address already assigned");
        int scope = Inet6.isLoopback(addr) ? SCOPE_HOST : Inet6.isLinkLocal(addr) ? SCOPE_LINK : SCOPE_UNIVERSE;
        int f = flags & (Inet6Ifaddr.IFA_F_NODAD | Inet6Ifaddr.IFA_F_NOPREFIXROUTE | Inet6Ifaddr.IFA_F_HOMEADDRESS
                | Inet6Ifaddr.IFA_F_MANAGETEMPADDR | Inet6Ifaddr.IFA_F_OPTIMISTIC);
        if (validLft == Inet6Ifaddr.INFINITY_LIFE_TIME) f |= Inet6Ifaddr.IFA_F_PERMANENT;
        if (preferredLft == 0) f |= Inet6Ifaddr.IFA_F_DEPRECATED;
        if ((f & Inet6Ifaddr.IFA_F_NODAD) == 0) f |= Inet6Ifaddr.IFA_F_TENTATIVE;
        Inet6Ifaddr a = new Inet6Ifaddr(dev, addr.clone(), prefixLen, scope, f);
        a.validLft = validLft;
        a.preferredLft = preferredLft;
        a.tstamp = dev.kernel.loop.now();
        i6.link(a);
        scheduleVerify(a);
        addPrefixRoute(ns, a);
        // addrconf_dad_begin joins the solicited-node group first, ready device or not.
        joinSolict(a);
        if (i6.ready) {
            dadStart(a);
        } else if (!a.tentative() || (dev.flags() & (Iff.LOOPBACK | Iff.NOARP)) != 0) {
            // addrconf_dad_begin: no DAD for a nodad address or on a loopback/NOARP device, so it
            // completes before the IF_READY test, even while the device is down or without carrier:
            // the address is usable, its local route (fc_ignore_dev_down) in place; the prefix route
            // failed with the device down ("Nexthop device is not up") and comes with NETDEV_UP.
            a.flags &= ~Inet6Ifaddr.IFA_F_TENTATIVE;
            ifaNotifyNew(ns, i6, a);
        }
    }

    /**
     * addrconf_verify for one address: when its preferred lifetime runs out it becomes
     * deprecated, when its valid lifetime does it is deleted (as by RTM_DELADDR).
     */
    private static void scheduleVerify(Inet6Ifaddr a) {
        if (a.lifetimeTimer != null) a.lifetimeTimer.cancel();
        a.lifetimeTimer = null;
        if ((a.flags & Inet6Ifaddr.IFA_F_PERMANENT) != 0 && a.preferredLft == Inet6Ifaddr.INFINITY_LIFE_TIME) return;
        long sec = EventLoop.NS_PER_SEC;
        long next = Long.MAX_VALUE;
        if (a.validLft != Inet6Ifaddr.INFINITY_LIFE_TIME && (a.flags & Inet6Ifaddr.IFA_F_PERMANENT) == 0)
            next = a.tstamp + a.validLft * sec;
        if (a.preferredLft != Inet6Ifaddr.INFINITY_LIFE_TIME && (a.flags & Inet6Ifaddr.IFA_F_DEPRECATED) == 0)
            next = Math.min(next, a.tstamp + a.preferredLft * sec);
        if (next == Long.MAX_VALUE) return;
        EventLoop loop = a.dev.kernel.loop;
        a.lifetimeTimer = loop.schedule(Math.max(0, next - loop.now()), () -> verify(a));
    }

    private static void verify(Inet6Ifaddr a) {
        a.lifetimeTimer = null;
        Inet6Dev i6 = of(a.dev);
        if (i6 == null || !i6.addrs.contains(a)) return;
        long age = (a.dev.kernel.loop.now() - a.tstamp) / EventLoop.NS_PER_SEC;
        if ((a.flags & Inet6Ifaddr.IFA_F_PERMANENT) == 0 && a.validLft != Inet6Ifaddr.INFINITY_LIFE_TIME
                && age >= a.validLft) {
            try {
                delAddr(a.dev, a.addr, a.prefixLen);
            } catch (KernelException e) {
                // already gone
            }
            return;
        }
        if (a.preferredLft != Inet6Ifaddr.INFINITY_LIFE_TIME && age >= a.preferredLft) a.flags |= Inet6Ifaddr.IFA_F_DEPRECATED;
        scheduleVerify(a);
    }

    /** inet6_addr_del (RTM_DELADDR). */
    public static void delAddr(NetDevice dev, byte[] addr, int prefixLen) throws KernelException {
        Inet6Dev i6 = of(dev);
        if (i6 == null) throw new KernelException(Errno.ENODEV);
        Inet6Ifaddr a = i6.find(addr);
        if (a == null || (prefixLen >= 0 && a.prefixLen != prefixLen))
            throw new KernelException(Errno.EADDRNOTAVAIL, "ipv6: address not found");
        cancel(a);
        if (a.lifetimeTimer != null) a.lifetimeTimer.cancel();
        i6.addrs.remove(a);
        dev.net().kernel.floodChanged(dev);
        i6.leaveSolict(a);
        NetnsIpv6 ns = NetnsIpv6.of(dev.net());
        // __ipv6_ifa_notify(RTM_DELADDR) leaves the anycast whether or not DAD had finished
        if (i6.forwarding()) leaveAnycast(ns, i6, a);
        for (Rt6Info r : ns.local.at(a.addr, 128)) {
            if (r.type == Rt6Info.RTN_LOCAL && r.dev == dev) ns.local.remove(r);
        }
        // ipv6_del_addr cleans up the prefix route only for a permanent address; a dynamic one's
        // route stays until its own expiry.
        if ((a.flags & Inet6Ifaddr.IFA_F_NOPREFIXROUTE) == 0 && (a.flags & Inet6Ifaddr.IFA_F_PERMANENT) != 0) {
            byte[] prefix = Inet6.mask(a.addr, a.prefixLen);
            boolean shared = false;
            for (Inet6Ifaddr o : i6.addrs) {
                if (o.prefixLen == a.prefixLen && Inet6.equals(Inet6.mask(o.addr, o.prefixLen), prefix)) shared = true;
            }
            if (!shared) {
                for (Rt6Info r : ns.main.at(prefix, a.prefixLen)) {
                    if (r.dev == dev && r.protocol == Rt6Info.RTPROT_KERNEL && r.gateway == null) ns.main.remove(r);
                }
            }
        }
    }

    /** IFLA_INET6_ADDR_GEN_MODE: takes effect at the next configuration of the device. */
    public static void setAddrGenMode(NetDevice dev, int mode) throws KernelException {
        Inet6Dev i6 = of(dev);
        if (i6 == null) throw new KernelException(Errno.EAFNOSUPPORT);
        i6.setAddrGenMode(mode);
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
    public static String format(byte[] a) { return Inet6.format(a); }

    /**
     * ipv6_chk_addr: whether {@code a} is an address of this namespace; a link-local one counts
     * only on {@code dev} when a device is given.
     */
    public static boolean isLocalAddress(Net net, byte[] a, NetDevice dev) { return isLocalAddress(net, a, dev, false); }

    /**
     * ipv6_chk_addr_and_flags with IFA_F_TENTATIVE banned when {@code usable}: what bind() accepts
     * (an address still in DAD, or whose DAD failed, cannot be bound).
     */
    public static boolean isLocalAddress(Net net, byte[] a, NetDevice dev, boolean usable) {
        for (NetDevice x : net.devices()) {
            Inet6Dev idev = of(x);
            if (idev == null) continue;
            for (Inet6Ifaddr ifa : idev.addrs) {
                if (!Inet6.equals(ifa.addr, a) || (usable && ifa.tentative())) continue;
                if (dev == null || x == dev || !Inet6.isLinkLocal(a)) return true;
            }
        }
        return false;
    }

    /**
     * addrconf_dad_failure + addrconf_dad_stop: another node has the address (it defended it, or
     * probes it too). A permanent address stays, tentative and marked dadfailed, never usable; no
     * local route. (accept_dad 2's disabling of the device is not emulated.)
     */
    static void dadFailure(Inet6Ifaddr a) {
        if ((a.flags & Inet6Ifaddr.IFA_F_DADFAILED) != 0) return;
        if (a.dadTimer != null) a.dadTimer.cancel();
        a.dadTimer = null;
        a.flags |= Inet6Ifaddr.IFA_F_DADFAILED | Inet6Ifaddr.IFA_F_TENTATIVE;
        a.flags &= ~Inet6Ifaddr.IFA_F_OPTIMISTIC;
    }
}
