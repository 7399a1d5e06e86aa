package linnet.kernel.core;

import linnet.sim.EventLoop;

/**
 * net/sched/sch_tbf.c: the token bucket filter. Tokens (nanoseconds of transmission at the rate) accumulate up
 * to the bucket (burst); a packet leaves when the bucket holds its transmission time, and an optional peak-rate
 * bucket of one MTU limits bursts further. Packets wait in a bfifo child of `limit` bytes; one larger than
 * the burst can never leave and is dropped at once. A dequeue without tokens counts an overlimit and arms the
 * watchdog for the moment the tokens suffice.
 */
public final class SchTbf extends Qdisc {
    /**
     * The parameters tc sends (struct tc_tbf_qopt, with TCA_TBF_BURST/PBURST): rates in bytes per second,
     * burst and pburst in bytes, limit in bytes; cell logs, mpu and overhead as tc's rate table carries them.
     */
    public record Opt(long rate, long peakrate, int burst, int pburst, int limit, int mpu, int overhead,
                      int cellLog, int pcellLog) {}

    /** psched_ratecfg: a rate as a multiplier and shift turning a length into nanoseconds. */
    record Ratecfg(long bytesPerSec, long mult, int shift, int overhead, int mpu) {
        static Ratecfg of(long rate, int overhead, int mpu) {
            long mult = 1;
            int shift = 0;
            if (rate > 0) {
                long factor = 1_000_000_000L;
                // psched_ratecfg_precompute: the largest shift whose multiplier still fits in 31 bits
                for (;;) {
                    mult = Long.divideUnsigned(factor, rate);
                    if ((mult & (1L << 31)) != 0 || (factor & (1L << 63)) != 0) break;
                    factor <<= 1;
                    shift++;
                }
            }
            return new Ratecfg(rate, mult, shift, overhead, mpu);
        }

        /** psched_l2t_ns: the time {@code len} bytes take at this rate. */
        long l2t(long len) {
            len += overhead;
            if (len < mpu) len = mpu;
            long lo = len * mult;
            if (shift == 0) return lo;
            // the 128-bit product shifted right, as the kernel's u64 arithmetic never overflows here
            return (Math.multiplyHigh(len, mult) << (64 - shift)) | (lo >>> shift);
        }
    }

    private Ratecfg rate, peak;
    /** Bucket sizes in ns (q->buffer, q->mtu) and the largest packet that can ever leave (q->max_size). */
    private long buffer, mtu;
    private int maxSize;
    private long tokens, ptokens, tC;
    private int limit;
    private Opt opt;
    /** The child: a bfifo of `limit` bytes (none while the limit is 0: every packet is then dropped). */
    private SchFifo child;
    private EventLoop.Timer watchdog;
    /** What the watchdog does when it fires: run the queue again (one object, not one per wait). */
    private final Runnable runQueue = () -> SchGeneric.run(this);

    private SchTbf(NetDevice dev) { super("tbf", dev); }

    /** tbf_init + tbf_change; the errno of a refused configuration. */
    public static SchTbf create(NetDevice dev, Opt o) throws KernelException {
        SchTbf q = new SchTbf(dev);
        q.change(o);
        return q;
    }

    /** tbf_change: validates everything before it changes anything. */
    public void change(Opt o) throws KernelException {
        Ratecfg r = Ratecfg.of(o.rate(), o.overhead(), o.mpu());
        long buf = r.l2t(o.burst());
        int max = o.burst();
        Ratecfg p = null;
        long m = 0;
        if (o.peakrate() != 0) {
            p = Ratecfg.of(o.peakrate(), o.overhead(), o.mpu());
            if (p.bytesPerSec() <= r.bytesPerSec()) throw new KernelException(Errno.EINVAL);
            max = Math.min(max, o.pburst());
            m = p.l2t(o.pburst());
        }
        if (max == 0) throw new KernelException(Errno.EINVAL);
        if (child != null) {
            child.limit = o.limit();
        } else if (o.limit() > 0) {
            child = new SchFifo("bfifo", dev, o.limit());
        }
        rate = r;
        peak = p;
        buffer = buf;
        mtu = m;
        maxSize = max;
        limit = o.limit();
        opt = o;
        tokens = buffer;
        ptokens = mtu;
        tC = dev.net().kernel.loop.now();
    }

    public Opt options() { return opt; }

    /** The bucket in psched ticks (ns / 64), as the kernel dumps it in tc_tbf_qopt.buffer and .mtu. */
    public long bufferTicks() { return buffer >> 6; }

    public long mtuTicks() { return mtu >> 6; }

    @Override
    public int enqueue(SkBuff skb) {
        if (skb.len > maxSize || child == null) return drop(skb);
        int ret = child.enqueue(skb);
        if (ret != NET_XMIT_SUCCESS) {
            if (ret == NET_XMIT_DROP) drops++;
            return ret;
        }
        backlog += skb.len;
        return NET_XMIT_SUCCESS;
    }

    @Override
    public SkBuff dequeue() {
        if (child == null) return null;
        SkBuff skb = child.queue.peekFirst();
        if (skb == null) return null;
        EventLoop loop = dev.net().kernel.loop;
        long now = loop.now();
        long toks = Math.min(now - tC, buffer);
        long ptoks = 0;
        if (peak != null) {
            ptoks = toks + ptokens;
            if (ptoks > mtu) ptoks = mtu;
            ptoks -= peak.l2t(skb.len);
        }
        toks += tokens;
        if (toks > buffer) toks = buffer;
        toks -= rate.l2t(skb.len);
        if ((toks | ptoks) >= 0) {
            child.dequeueHead();
            tC = now;
            tokens = toks;
            ptokens = ptoks;
            backlog -= skb.len;
            bytes += skb.len;
            packets++;
            return skb;
        }
        // qdisc_watchdog_schedule_ns: the queue runs again once the tokens are there
        long wait = Math.max(-toks, -ptoks);
        if (watchdog == null || !watchdog.pending()) watchdog = loop.schedule(wait, runQueue);
        overlimits++;
        return null;
    }

    @Override
    public int qlen() { return child == null ? 0 : child.qlen(); }

    /** tbf_reset: the queue is emptied and the bucket refilled. */
    @Override
    public void reset() {
        if (child != null) child.reset();
        backlog = 0;
        tC = dev.net().kernel.loop.now();
        tokens = buffer;
        ptokens = mtu;
        if (watchdog != null) watchdog.cancel();
    }
}
