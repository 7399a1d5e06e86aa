package linnet.tools.ping;

import java.util.BitSet;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.Realtime;
import linnet.sim.EventLoop;
import linnet.tools.common.Ctx;

/**
 * iputils' ping_common.c, shared by ping and ping -6: the token-bucket pinger (-i, -l preload,
 * -f's 100 pps without replies), the main loop's waits (poll, blocking recvmsg with SO_RCVTIMEO,
 * spinning), schedule_exit's last wait, the statistics and their summary. Time is the virtual
 * clock; the program's own work (building and sending a request, reading a reply, writing the
 * flood's dots) costs the machine's CPU as the kernel's does, so rates and round trips come out
 * as on Linux. The address family's part (the socket, the packets) is a {@link Proto}.
 */
final class PingCommon {
    /** What an address family supplies (iputils' ping_func_set_st). */
    interface Proto {
        /** send_probe: one echo request with sequence {@code seq}; how it went. */
        Sent sendProbe(int seq);

        /** Whether a reply or an error is queued on the socket. */
        boolean readable();

        /** The recvmsg loop: handles what is queued until nothing is in flight (in_flight() == 0) or nothing is left. */
        void receive();
    }

    /** How a send_probe went. */
    enum Sent {
        /** The request went out. */
        OK,
        /** It failed and the protocol already said so (a local error), or iputils says nothing. */
        FAILED_REPORTED,
        /** sendmsg failed: "ping: sendmsg: ERRNO", or "E" when flooding (the text is in {@link #failure}). */
        FAILED,
        /** sendmsg failed with ENOBUFS (a device queue overflowed): the request was not sent. */
        NOBUFS
    }

    static final long MS = EventLoop.NS_PER_MS;
    /** MININTERVAL: the smallest gap when nothing comes back, in ms (a flood without replies is 100 pps). */
    static final int MININTERVAL = 10;
    /** sysconf(_SC_CLK_TCK). */
    static final int HZ = 100;

    /*
     * The program's own work per step, warm, calibrated with the flood and -i 0 figures of
     * bench/COSTS.md (ipg over a veth pair: about 7 µs with -q, 15-19 µs flooding with the dots).
     */
    /** Building a request, gettimeofday and sendmsg's way down to the device. */
    static final long SEND_NS = 1_500;
    /** One recvmsg of a queued reply and its bookkeeping. */
    static final long RECV_NS = 1_500;
    /** One write(2) to standard output (a flood's "." or "\b \b"). */
    static final long WRITE_NS = 5_000;
    /** A turn round the main loop (clock_gettime, poll set-up, sched_yield when spinning). */
    static final long LOOP_NS = 1_000;

    final Ctx ctx;
    final EventLoop loop;
    final Kernel kernel;

    // options (ping_rts)
    /** -c: requests to send (0: no limit). */
    long npackets;
    /** -i in ms. */
    int interval = 1000;
    int preload = 1;
    /** -W in ms. */
    int lingertime = 10_000;
    /** -w in seconds (0: none). */
    long deadline;
    boolean flood, adaptive, quiet, ptimeofday, outstanding, latency;
    /** Whether replies carry the send time (the payload holds a struct timeval). */
    boolean timing;
    /** The destination as the statistics name it. */
    String hostname;

    // state
    long ntransmitted, nreceived, nrepeats, nerrors;
    int acked, pipesize;
    long tmin = Long.MAX_VALUE, tmax, tsum;
    double tsum2;
    /** The smoothed rtt in µs times 8 (iputils' rts->rtt). */
    long rtt;
    int rttAddend;
    final BitSet rcvd = new BitSet(65536);
    /** When each sequence number's request went out (the struct timeval in its payload), virtual ns. */
    final long[] sentAt = new long[65536];
    long startTime, curTime;
    boolean curTimeSet;
    long tokens;
    /** Consecutive ENOBUFS retries (pinger's static oom_count). */
    int oomCount;
    boolean exiting;
    /** The SIGALRM schedule_exit armed (virtual ns), or none. */
    long exitAt = Long.MAX_VALUE;
    private long waittime;
    private long deadlineAt = Long.MAX_VALUE;
    /** errno text of the last {@link Sent#FAILED}. */
    String failure;

    PingCommon(Ctx ctx) {
        this.ctx = ctx;
        this.kernel = ctx.host.kernel();
        this.loop = kernel.loop;
    }

    /** SCHINT: an interval of at least MININTERVAL ms. */
    static int schint(int ms) { return ms <= MININTERVAL ? MININTERVAL : ms; }

    /** The program's own work: the CPU is busy for it (after what it already does), and that time passes. */
    void work(long warmNs) {
        long done = kernel.cpu.charge(loop.now(), warmNs);
        loop.runUntil(done);
    }

    /** in_flight(): requests sent and not yet answered. */
    int inFlight() {
        int diff = (int) ((ntransmitted - acked) & 0xffff);
        return diff <= 0x7fff ? diff : (int) (ntransmitted - nreceived - nerrors);
    }

    /** acknowledge(): a reply or an error for {@code seq} widens the pipe and moves acked. */
    void acknowledge(int seq) {
        int diff = (int) ((ntransmitted - seq) & 0xffff);
        if (diff <= 0x7fff) {
            if (diff + 1 > pipesize) pipesize = diff + 1;
            if ((short) (seq - acked) > 0 || ((ntransmitted - acked) & 0xffff) > 0x7fff) acked = seq;
        }
    }

    private void advanceNtransmitted() {
        ntransmitted++;
        // invalidate acked when the 16-bit sequence wraps
        if (((ntransmitted - acked) & 0xffff) > 0x7fff) acked = (int) ((ntransmitted + 1) & 0xffff);
    }

    /** The main loop, then the statistics; returns ping's exit status. */
    int run(Proto p) {
        startTime = loop.now();
        if (deadline > 0) deadlineAt = startTime + deadline * EventLoop.NS_PER_SEC;
        // iputils catches SIGINT: Ctrl-C ends the run between two waits, and the statistics follow.
        boolean caught = loop.catchInterrupt(true);
        try {
            mainLoop(p);
        } finally {
            loop.catchInterrupt(caught);
        }
        finish();
        return nreceived == 0 || (deadline > 0 && nreceived < npackets) ? 1 : 0;
    }

    /** The signals that end the run: SIGINT, schedule_exit's SIGALRM, the -w deadline's. */
    private void checkSignals() {
        if (loop.interrupted()) {
            loop.clearInterrupt();
            exiting = true;
        }
        if (loop.now() >= exitAt || loop.now() >= deadlineAt) exiting = true;
    }

    private void mainLoop(Proto p) {
        while (true) {
            checkSignals();
            if (exiting) break;
            if (npackets > 0 && nreceived + nerrors >= npackets) break;
            if (deadline > 0 && nerrors > 0) break;
            int next;
            do {
                next = pinger(p);
                next = scheduleExit(next);
            } while (next <= 0);
            work(LOOP_NS);
            // Intervals below the scheduler's tick are waited for by polling, or spun.
            boolean polling = false;
            if (adaptive || next < schint(interval)) {
                if (next <= 1000 / HZ) {
                    if (inFlight() > 0) {
                        next = MININTERVAL;
                    } else {
                        next = 0;
                        polling = true;
                    }
                }
                if (!polling && (adaptive || interval != 0)) {
                    if (!waitReadable(p, next * MS)) continue;
                    polling = true;
                }
            }
            if (!polling) {
                // a blocking recvmsg, timed out by SO_RCVTIMEO (the interval)
                if (!waitReadable(p, schint(interval) * MS)) continue;
            } else if (!p.readable()) {
                continue;
            }
            p.receive();
        }
    }

    /** Waits up to {@code ns} for something to read; false when it timed out or a signal came. */
    private boolean waitReadable(Proto p, long ns) {
        long until = Math.min(loop.now() + ns, Math.min(exitAt, deadlineAt));
        loop.runWhile(() -> !p.readable() && !loop.interrupted(), until);
        checkSignals();
        return !exiting && p.readable();
    }

    /** pinger(): sends the request that is due; returns the ms until the next one may go. */
    private int pinger(Proto p) {
        if (exiting || (npackets > 0 && ntransmitted >= npackets && deadline == 0)) return 1000;
        long now = loop.now();
        if (!curTimeSet) {
            curTimeSet = true;
            curTime = now;
            tokens = (long) interval * (preload - 1);
        } else {
            long ntokens = msBetween(curTime, now);
            // an unlimited flood sends at most 100 pps while nothing comes back
            if (interval == 0 && ntokens < MININTERVAL && inFlight() >= preload) return (int) (MININTERVAL - ntokens);
            ntokens += tokens;
            long cap = (long) interval * preload;
            if (cap < ntokens) ntokens = cap;
            if (ntokens < interval) return (int) (interval - ntokens);
            curTime = now;
            tokens = ntokens - interval;
        }
        if (outstanding && ntransmitted > 0 && !rcvd.get((int) (ntransmitted % 65536))) {
            printTimestamp();
            ctx.out.println("no answer yet for icmp_seq=" + ntransmitted % 65536);
        }
        int seq = (int) ((ntransmitted + 1) & 0xffff);
        // rcvd_clear: the sequence number is new again once it wraps
        rcvd.clear(seq);
        sentAt[seq] = loop.now();
        work(SEND_NS);
        Sent r = p.sendProbe(seq);
        if (r == Sent.NOBUFS) {
            // Device queue overflow: not sent. No tokens left, a slower pace with -A, and a retry after half
            // the interval (at most 500 ms) until the retries add up to the linger time; then a hard error.
            tokens = 0;
            rttAddend += (int) (rtt < 8 * 50000 ? rtt / 8 : 50000);
            if (adaptive) updateInterval();
            int nores = schint(interval / 2);
            if (nores > 500) nores = 500;
            oomCount++;
            if ((long) oomCount * nores < lingertime) return nores;
            failure = linnet.kernel.core.Errno.ENOBUFS.text;
            r = Sent.FAILED;
        } else if (r == Sent.OK) {
            oomCount = 0;
        }
        advanceNtransmitted();
        if (r == Sent.OK) {
            if (!quiet && flood) write(".");
            return (int) (interval - tokens);
        }
        // a hard local error: the request counts as sent
        if (r == Sent.FAILED && !quiet) {
            if (flood) write("E");
            else ctx.err.println("ping: sendmsg: " + failure);
        }
        tokens = 0;
        return schint(interval);
    }

    /** The ms between two CLOCK_MONOTONIC_RAW readings, as pinger's tv_sec/tv_nsec arithmetic gives them. */
    static long msBetween(long from, long to) {
        long ds = to / EventLoop.NS_PER_SEC - from / EventLoop.NS_PER_SEC;
        long dn = to % EventLoop.NS_PER_SEC - from % EventLoop.NS_PER_SEC;
        return ds * 1000 + dn / 1_000_000;
    }

    /** schedule_exit(): once the last request is out, the run ends after a last wait (SIGALRM). */
    private int scheduleExit(int next) {
        if (!(npackets > 0 && ntransmitted >= npackets && deadline == 0)) return next;
        if (waittime != 0) return next;
        // twice the slowest reply (at least the interval), or the linger time when nothing came
        waittime = nreceived > 0 ? Math.max(2 * tmax, 1000L * interval) : lingertime * 1000L;
        if (next < 0 || next < waittime / 1000) next = (int) (waittime / 1000);
        // setitimer: a zero time disarms
        exitAt = waittime == 0 ? Long.MAX_VALUE : loop.now() + waittime * 1000;
        return next;
    }

    /** A write(2) of standard output (the flood's marks go out unbuffered). */
    void write(String s) {
        work(WRITE_NS);
        ctx.out.print(s);
        ctx.out.flush();
    }

    /** -D: "[SECONDS.MICROSECONDS] " of gettimeofday before a line. */
    void printTimestamp() {
        if (!ptimeofday) return;
        long us = Realtime.ns(loop.now()) / 1000;
        ctx.out.print("[" + us / 1_000_000 + "." + String.format("%06d", us % 1_000_000) + "] ");
    }

    /** Whether a reply gets its line (not with -q or -f): the caller builds the text only then. */
    boolean printsReplies() { return !quiet && !flood; }

    /**
     * gather_statistics(): a reply for {@code seq} of {@code cc} ICMP bytes, received at
     * {@code tstamp} (SO_TIMESTAMP; -U reads the clock instead), with the reply line's text
     * {@code line} ("64 bytes from HOST: icmp_seq=1 ttl=64"; null unless {@link #printsReplies}).
     * Returns whether it was a duplicate.
     */
    boolean gatherStatistics(int cc, int seq, long tstamp, String line) {
        work(RECV_NS);
        nreceived++;
        acknowledge(seq);
        long triptime = 0;
        if (timing && cc >= 8 + 16) {
            long recv = latency || tstamp == 0 ? loop.now() : tstamp;
            // both ends as struct timeval: whole microseconds of the real-time clock
            triptime = Realtime.ns(recv) / 1000 - Realtime.ns(sentAt[seq]) / 1000;
            if (triptime < 0) triptime = 0;
            tsum += triptime;
            tsum2 += (double) (triptime * triptime);
            if (triptime < tmin) tmin = triptime;
            if (triptime > tmax) tmax = triptime;
            rtt = rtt == 0 ? triptime * 8 : rtt + triptime - rtt / 8;
            if (adaptive) updateInterval();
        }
        boolean dup = rcvd.get(seq);
        if (dup) {
            nrepeats++;
            nreceived--;
        } else {
            rcvd.set(seq);
        }
        if (quiet) return dup;
        if (flood) {
            write("\b \b");
            return dup;
        }
        printTimestamp();
        StringBuilder sb = new StringBuilder(line);
        if (timing) sb.append(" time=").append(tripText(triptime));
        if (dup) sb.append(" (DUP!)");
        ctx.out.println(sb);
        return dup;
    }

    /** -A: the interval follows the smoothed rtt (root may go below the users' 2 ms). */
    private void updateInterval() {
        long est = rtt != 0 ? rtt / 8 : interval * 1000L;
        interval = (int) ((est + rttAddend + 500) / 1000);
    }

    /** The reply line's time: three decimals below 1 ms, fewer as it grows. */
    static String tripText(long us) {
        if (us >= 100000 - 50) return (us + 500) / 1000 + " ms";
        if (us >= 10000 - 5) return (us + 50) / 1000 + "." + ((us + 50) % 1000) / 100 + " ms";
        if (us >= 1000) return (us + 5) / 1000 + "." + String.format("%02d", ((us + 5) % 1000) / 10) + " ms";
        return us / 1000 + "." + String.format("%03d", us % 1000) + " ms";
    }

    /** llsqrt: Newton's integer square root. */
    static long llsqrt(long a) {
        long prev = Long.MAX_VALUE, x = a;
        if (x > 0) {
            while (x < prev) {
                prev = x;
                x = (x + a / x) / 2;
            }
        }
        return x;
    }

    /** finish(): the summary. "time" is from the start to the last request's turn (cur_time). */
    private void finish() {
        long tv = (curTimeSet ? curTime : startTime) - startTime;
        StringBuilder sb = new StringBuilder();
        sb.append('\n').append("--- ").append(hostname).append(" ping statistics ---\n");
        sb.append(ntransmitted).append(" packets transmitted, ").append(nreceived).append(" received");
        if (nrepeats > 0) sb.append(", +").append(nrepeats).append(" duplicates");
        if (nerrors > 0) sb.append(", +").append(nerrors).append(" errors");
        if (ntransmitted > 0) {
            float loss = (float) ((ntransmitted - nreceived) * 100.0 / ntransmitted);
            sb.append(", ").append(g(loss)).append("% packet loss");
            long sec = tv / EventLoop.NS_PER_SEC, nsec = tv % EventLoop.NS_PER_SEC;
            sb.append(", time ").append(1000 * sec + (nsec + 500000) / 1000000).append("ms");
        }
        sb.append('\n');
        String comma = "";
        if (nreceived > 0 && timing) {
            long total = nreceived + nrepeats;
            long tmavg = tsum / total;
            long tmvar;
            if (tsum < Integer.MAX_VALUE) {
                // iputils' order of operations keeps small times exact
                tmvar = (long) ((tsum2 - (double) ((tsum * tsum) / total)) / total);
            } else {
                tmvar = (long) (tsum2 / total) - tmavg * tmavg;
            }
            long tmdev = llsqrt(tmvar);
            sb.append(String.format("rtt min/avg/max/mdev = %d.%03d/%d.%03d/%d.%03d/%d.%03d ms", tmin / 1000, tmin % 1000,
                    tmavg / 1000, tmavg % 1000, tmax / 1000, tmax % 1000, tmdev / 1000, tmdev % 1000));
            comma = ", ";
        }
        if (pipesize > 1) {
            sb.append(comma).append("pipe ").append(pipesize);
            comma = ", ";
        }
        if (nreceived > 0 && (interval == 0 || flood || adaptive) && ntransmitted > 1) {
            long ipg = (tv / 1000) / (ntransmitted - 1);
            sb.append(comma).append(String.format("ipg/ewma %d.%03d/%d.%03d ms", ipg / 1000, ipg % 1000, rtt / 8000,
                    (rtt / 8) % 1000));
        }
        sb.append('\n');
        ctx.out.print(sb);
    }

    /** C's "%g" of a float: 6 significant digits, trailing zeros dropped. */
    static String g(float f) {
        double v = f;
        if (v == Math.rint(v) && Math.abs(v) < 1e6) return Long.toString((long) v);
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
