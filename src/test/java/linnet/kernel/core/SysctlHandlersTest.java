package linnet.kernel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import linnet.lab.Lab;
import org.junit.jupiter.api.Test;

/**
 * The proc handlers behind sysctl writes (values measured on the oracle kernel, HZ=250): minmax
 * bounds, values kept in ticks (seconds within INT_MAX/HZ, milliseconds rounded up to whole ticks
 * and cut to 32 bits, USER_HZ rounded down), unsigned longs bounded by another knob, and the
 * privileged-port start that may not pass the local port range.
 */
class SysctlHandlersTest {
    final Net net = new Lab(1, Lab.Profile.BARE).main.host.kernel().initNet();
    final Sysctl s = net.sysctl;

    private String write(String key, String v) throws KernelException {
        s.write(key, v);
        return s.get(key).value();
    }

    private void refused(String key, String v) {
        String before = s.get(key).value();
        KernelException e = assertThrows(KernelException.class, () -> s.write(key, v), key + "=" + v);
        assertEquals(Errno.EINVAL, e.errno);
        assertEquals(before, s.get(key).value(), "a refused write changes nothing");
    }

    @Test
    void minmaxBoundsIncludingU8AndUint() throws KernelException {
        assertEquals("68", write("net.ipv4.route.min_pmtu", "68"));
        refused("net.ipv4.route.min_pmtu", "67");
        assertEquals("255", write("net.ipv4.ip_nonlocal_bind", "255"));
        refused("net.ipv4.ip_nonlocal_bind", "256");
        refused("net.ipv4.ip_nonlocal_bind", "-1");
        assertEquals("-31", write("net.ipv4.tcp_adv_win_scale", "-31"));
        refused("net.ipv4.tcp_adv_win_scale", "32");
        assertEquals("4294967295", write("net.ipv4.fib_multipath_hash_seed", "4294967295"));
        refused("net.ipv4.fib_multipath_hash_seed", "4294967296");
        assertEquals("-2147483648", write("net.unix.max_dgram_qlen", "-2147483648"));
        refused("net.unix.max_dgram_qlen", "2147483648");
    }

    @Test
    void secondsInTicksFitAnIntEitherWay() throws KernelException {
        int max = Integer.MAX_VALUE / Jiffies.HZ;
        assertEquals(Integer.toString(max), write("net.ipv4.tcp_keepalive_time", Integer.toString(max)));
        assertEquals("-" + max, write("net.netfilter.nf_conntrack_udp_timeout", "-" + max));
        refused("net.ipv4.tcp_keepalive_time", Integer.toString(max + 1));
        refused("net.netfilter.nf_conntrack_udp_timeout", "-" + (max + 1));
    }

    @Test
    void millisecondsRoundUpToTicksAndWrapAt32Bits() throws KernelException {
        assertEquals("1004", write("net.ipv4.icmp_ratelimit", "1001"));
        assertEquals("4", write("net.ipv4.icmp_ratelimit", "1"));
        assertEquals("0", write("net.ipv4.icmp_ratelimit", "0"));
        // INT_MAX ms is 536870912 ticks, which read back one millisecond more.
        assertEquals("2147483648", write("net.ipv4.icmp_ratelimit", "2147483647"));
        refused("net.ipv4.icmp_ratelimit", "2147483648");
        refused("net.ipv4.icmp_ratelimit", "-1");
        // msecs_to_jiffies takes an unsigned int: 2^32 ms is 0 ms.
        assertEquals("0", write("net.ipv4.icmp_ratelimit", "4294967296"));
    }

    @Test
    void unsignedLongBoundedByAnotherKnob() throws KernelException {
        String low = s.get("net.ipv4.ipfrag_low_thresh").value(), high = s.get("net.ipv4.ipfrag_high_thresh").value();
        refused("net.ipv4.ipfrag_low_thresh", Long.toString(Long.parseLong(high) + 1));
        refused("net.ipv4.ipfrag_high_thresh", Long.toString(Long.parseLong(low) - 1));
        refused("net.ipv4.ipfrag_low_thresh", "-1");
        assertEquals("18446744073709551615", write("net.ipv4.ipfrag_high_thresh", "18446744073709551615"));
        refused("net.ipv4.ipfrag_high_thresh", "18446744073709551616");
        assertEquals("5000000", write("net.ipv4.ipfrag_low_thresh", "5000000"));
        refused("net.ipv4.ipfrag_high_thresh", "4999999");
    }

    @Test
    void unprivilegedPortStartStaysBelowTheLocalRange() throws KernelException {
        refused("net.ipv4.ip_unprivileged_port_start", "32769");
        assertEquals("32768", write("net.ipv4.ip_unprivileged_port_start", "32768"));
        refused("net.ipv4.ip_local_port_range", "1000 2000");
    }
}
