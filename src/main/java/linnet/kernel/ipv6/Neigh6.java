package linnet.kernel.ipv6;

import java.util.ArrayDeque;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkBuff;
import linnet.sim.EventLoop;

/**
 * One entry of the IPv6 neighbour table (struct neighbour of nd_tbl): an address on a device,
 * its MAC and NUD state. The NUD_* values are those of linnet.kernel.ipv4.Neighbour.
 */
public final class Neigh6 {
    public final byte[] key;
    public final NetDevice dev;
    public long lladdr;
    public boolean hasLladdr;
    public int state;
    public int flags;
    int probes;
    long confirmed, used, updated;
    EventLoop.Timer timer;
    /** Packets waiting for resolution (arp_queue); made on the first one, as most entries never queue. */
    private ArrayDeque<SkBuff> queue;
    /** The previous and next entry of the same device, in creation order (the table's per-device chain). */
    Neigh6 devPrev, devNext;

    Neigh6(byte[] key, NetDevice dev) {
        this.key = key;
        this.dev = dev;
    }

    void enqueue(SkBuff skb) {
        if (queue == null) queue = new ArrayDeque<>(4);
        queue.add(skb);
    }

    SkBuff pollQueued() { return queue == null ? null : queue.poll(); }

    SkBuff lastQueued() { return queue == null ? null : queue.peekLast(); }

    int queued() { return queue == null ? 0 : queue.size(); }

    void clearQueue() { queue = null; }

    public long usedNs() { return used; }
    public long confirmedNs() { return confirmed; }
    public long updatedNs() { return updated; }
    public int probes() { return probes; }
}
