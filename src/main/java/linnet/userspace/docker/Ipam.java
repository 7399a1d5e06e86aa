package linnet.userspace.docker;

import java.util.ArrayList;
import java.util.List;

/**
 * libnetwork's default IPAM for local-scope networks (ipamutils/utils.go, ipams/defaultipam):
 * predefined pools 172.17/16, 172.18/16, 172.19/16, 172.20/14, 172.24/14, 172.28/14 split into
 * /16s and 192.168/16 split into /20s; a network without --subnet gets the first of those
 * subnets that overlaps nothing allocated. Addresses are handed out lowest-free (the
 * "serial" option is off for local networks), the network and broadcast addresses never.
 */
final class Ipam {
    private Ipam() {}

    /** One subnet: network address and prefix length. */
    record Prefix(int addr, int len) {
        int mask() { return len == 0 ? 0 : -1 << (32 - len); }
        boolean contains(int a) { return (a & mask()) == addr; }
        boolean overlaps(Prefix o) {
            int m = len < o.len ? mask() : o.mask();
            return (addr & m) == (o.addr & m);
        }
        int broadcast() { return addr | ~mask(); }
        @Override public String toString() { return linnet.wire.Inet4.format(addr) + "/" + len; }

        /** "A.B.C.D/N" with the host bits cleared; null when malformed. */
        static Prefix parse(String s) {
            int slash = s.indexOf('/');
            if (slash < 0) return null;
            Integer a = linnet.tools.common.Resolver.inetAton(s.substring(0, slash));
            if (a == null || s.substring(0, slash).split("\\.").length != 4) return null;
            int len;
            try {
                len = Integer.parseInt(s.substring(slash + 1));
            } catch (NumberFormatException e) {
                return null;
            }
            if (len < 0 || len > 32) return null;
            Prefix p = new Prefix(a, len);
            return new Prefix(a & p.mask(), len);
        }
    }

    private static final int[][] POOLS = {
        {0xac110000, 16, 16}, {0xac120000, 16, 16}, {0xac130000, 16, 16},
        {0xac140000, 14, 16}, {0xac180000, 14, 16}, {0xac1c0000, 14, 16},
        {0xc0a80000, 16, 20},
    };

    /** The first predefined subnet overlapping none of {@code taken}; null when the pools are exhausted. */
    static Prefix nextSubnet(List<Prefix> taken) {
        for (int[] pool : POOLS) {
            long size = 1L << (32 - pool[2]);
            long count = 1L << (pool[2] - pool[1]);
            for (long i = 0; i < count; i++) {
                Prefix p = new Prefix((int) (pool[0] + i * size), pool[2]);
                boolean free = true;
                for (Prefix t : taken) if (t.overlaps(p)) { free = false; break; }
                if (free) return p;
            }
        }
        return null;
    }

    /** The lowest address of {@code p} that is neither network, broadcast nor in {@code used}; 0 when full. */
    static int nextAddress(Prefix p, List<Integer> used) {
        int first = p.len >= 31 ? p.addr : p.addr + 1;
        int last = p.len >= 31 ? p.broadcast() : p.broadcast() - 1;
        for (long a = first & 0xffffffffL; a <= (last & 0xffffffffL); a++) {
            if (!used.contains((int) a)) return (int) a;
        }
        return 0;
    }

    static List<Prefix> of(List<Prefix> l) { return new ArrayList<>(l); }
}
