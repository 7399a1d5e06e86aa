package linnet.sim;

import java.util.SplittableRandom;

/** The one seeded source of randomness of a lab (MACs, ping ids, ephemeral ports, timer jitter). */
public final class Rng {
    private final SplittableRandom random;
    private final long seed;

    public Rng(long seed) {
        this.seed = seed;
        random = new SplittableRandom(seed);
    }

    /** The seed this generator started from: a generator of its own can derive from it without drawing here. */
    public long seed() { return seed; }

    public int nextInt(int bound) { return random.nextInt(bound); }

    public int nextInt(int origin, int bound) { return random.nextInt(origin, bound); }

    public long nextLong() { return random.nextLong(); }

    /** A random locally administered unicast MAC, as the kernel's eth_random_addr() makes. */
    public long randomMac() {
        long m = random.nextLong() & 0xffff_ffff_ffffL;
        m &= ~(0x01L << 40); // clear the multicast bit
        m |= 0x02L << 40;    // set the locally-administered bit
        return m;
    }
}
