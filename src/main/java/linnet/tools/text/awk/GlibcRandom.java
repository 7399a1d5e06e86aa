package linnet.tools.text.awk;

/**
 * glibc's random(3) (the TYPE_3 additive feedback generator srandom seeds), which mawk's
 * rand() draws from: the same seed gives the same sequence as on Linux.
 */
final class GlibcRandom {
    GlibcRandom(long seed) { seed(seed); }

    void seed(long seedValue) {
        int seed = (int) seedValue;
        if (seed == 0) seed = 1;
        int[] s = new int[31];
        s[0] = seed;
        for (int i = 1; i < 31; i++) {
            long word = 16807L * (s[i - 1] % 127773) - 2836L * (s[i - 1] / 127773);
            if (word < 0) word += 2147483647;
            s[i] = (int) word;
        }
        // the state as glibc leaves it: front 3 ahead of rear, then 310 outputs discarded
        state = s.clone();
        front = 3;
        rear = 0;
        for (int i = 0; i < 310; i++) next();
    }

    private int[] state;
    private int front, rear;

    /** The next random() value, 0..2^31-1. */
    int next() {
        state[front] += state[rear];
        int result = state[front] >>> 1;
        front = (front + 1) % 31;
        rear = (rear + 1) % 31;
        return result;
    }
}
