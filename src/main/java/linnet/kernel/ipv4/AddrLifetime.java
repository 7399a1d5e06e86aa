package linnet.kernel.ipv4;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.NetDevice;
import linnet.sim.EventLoop;

/**
 * IPv4 address lifetimes (set_ifa_lifetime, check_lifetime and the cacheinfo of
 * inet_fill_ifaddr in devinet.c). An address with a finite valid lifetime is "dynamic"
 * (no IFA_F_PERMANENT); a per-namespace worker deprecates it when its preferred lifetime
 * runs out and deletes it when its valid lifetime does. The worker runs at once after every
 * change and then at the next expiry, rounded up to a whole second when that costs less than
 * a quarter second, and never sooner than a second after its last run.
 */
public final class AddrLifetime {
    private AddrLifetime() {}

    static final long HZ = EventLoop.NS_PER_SEC;
    /** ADDR_CHECK_FREQUENCY, ADDRCONF_TIMER_FUZZ_MINUS (HZ/50), _FUZZ (HZ/4), _FUZZ_MAX (HZ). */
    static final long CHECK_FREQUENCY = 120 * HZ, FUZZ_MINUS = HZ / 50, FUZZ = HZ / 4, FUZZ_MAX = HZ;

    /** set_ifa_lifetime: a lifetime of INFINITY_LIFE_TIME keeps the old value and means "never". */
    public static void set(InIfaddr ifa, long validLft, long preferredLft) {
        int flags = ifa.flags & ~(InIfaddr.IFA_F_PERMANENT | InIfaddr.IFA_F_DEPRECATED);
        if (validLft != InIfaddr.INFINITY_LIFE_TIME) ifa.validLft = validLft;
        else flags |= InIfaddr.IFA_F_PERMANENT;
        if (preferredLft != InIfaddr.INFINITY_LIFE_TIME) {
            if (preferredLft == 0) flags |= InIfaddr.IFA_F_DEPRECATED;
            ifa.preferredLft = preferredLft;
        }
        ifa.flags = flags;
        ifa.tstamp = ifa.dev.kernel.loop.now();
        if (ifa.cstamp == 0) ifa.cstamp = ifa.tstamp;
    }

    /**
     * The remaining {valid, preferred} lifetimes a dump reports (IFA_CACHEINFO): whole seconds
     * since the last update are taken off; a permanent address reports forever for both.
     */
    public static long[] remaining(InIfaddr ifa, long now) {
        if ((ifa.flags & InIfaddr.IFA_F_PERMANENT) != 0)
            return new long[] {InIfaddr.INFINITY_LIFE_TIME, InIfaddr.INFINITY_LIFE_TIME};
        long preferred = ifa.preferredLft, valid = ifa.validLft;
        if (preferred != InIfaddr.INFINITY_LIFE_TIME) {
            long tval = (now - ifa.tstamp) / HZ;
            preferred = preferred > tval ? preferred - tval : 0;
            if (valid != InIfaddr.INFINITY_LIFE_TIME) valid = valid > tval ? valid - tval : 0;
        }
        return new long[] {valid, preferred};
    }

    /**
     * cancel_delayed_work + queue_delayed_work(addr_chk_work, 0). The worker only has work while
     * some address is dynamic, so a namespace without one keeps no timer (nothing observable
     * changes: permanent addresses are skipped by every run).
     */
    static void requeue(NetnsIpv4 ns) {
        if (!anyDynamic(ns)) return;
        schedule(ns, 0);
    }

    private static void schedule(NetnsIpv4 ns, long delay) {
        if (ns.addrChkTimer != null) ns.addrChkTimer.cancel();
        ns.addrChkTimer = ns.net.kernel.loop.schedule(delay, () -> check(ns));
    }

    private static boolean anyDynamic(NetnsIpv4 ns) {
        for (NetDevice d : ns.net.devices()) {
            InDevice in = InDevice.of(d);
            if (in == null) continue;
            for (InIfaddr a : in.addrs) if ((a.flags & InIfaddr.IFA_F_PERMANENT) == 0) return true;
        }
        return false;
    }

    /** check_lifetime. */
    static void check(NetnsIpv4 ns) {
        EventLoop loop = ns.net.kernel.loop;
        long now = loop.now();
        long next = roundUp(now + CHECK_FREQUENCY);
        List<InIfaddr> all = new ArrayList<>();
        for (NetDevice d : ns.net.devices()) {
            InDevice in = InDevice.of(d);
            if (in != null) all.addAll(in.addrs);
        }
        for (InIfaddr ifa : all) {
            InDevice in = InDevice.of(ifa.dev);
            if (in == null || !in.addrs.contains(ifa)) continue; // went with its primary
            if ((ifa.flags & InIfaddr.IFA_F_PERMANENT) != 0) continue;
            long age = (now - ifa.tstamp + FUZZ_MINUS) / HZ;
            if (ifa.validLft != InIfaddr.INFINITY_LIFE_TIME && age >= ifa.validLft) {
                Devinet.delete(ifa);
            } else if (ifa.preferredLft == InIfaddr.INFINITY_LIFE_TIME) {
                continue;
            } else if (age >= ifa.preferredLft) {
                next = Math.min(next, ifa.tstamp + ifa.validLft * HZ);
                ifa.flags |= InIfaddr.IFA_F_DEPRECATED;
            } else {
                next = Math.min(next, ifa.tstamp + ifa.preferredLft * HZ);
            }
        }
        long nextSec = roundUp(next);
        long nextSched = nextSec < next + FUZZ ? nextSec : next;
        if (nextSched < now + FUZZ_MAX) nextSched = now + FUZZ_MAX;
        ns.addrChkTimer = null;
        if (anyDynamic(ns)) schedule(ns, nextSched - now);
    }

    /** round_jiffies_up: the next whole second (of the virtual clock). */
    static long roundUp(long t) { return (t + HZ - 1) / HZ * HZ; }
}
