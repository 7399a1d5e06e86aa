package linnet.kernel.rtnl;

import java.util.List;
import linnet.kernel.core.Errno;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.NetdevFeatures;

/**
 * ETHTOOL_MSG_FEATURES_GET / _SET (net/ethtool/features.c): the generic-netlink door to a
 * device's offload features, which ethtool -k / -K use.
 */
public final class EthnlFeatures {
    private EthnlFeatures() {}

    /** The four bitmaps of a FEATURES_GET reply (hw, wanted, active, nochange). */
    public record Sets(long hw, long wanted, long active, long nochange) {}

    /** One bit of the request's WANTED bitset, by name, in the order the request carries them. */
    public record Bit(String name, boolean on) {}

    /**
     * A failed SET: the errno, the extack text, and which bit of the request the kernel
     * pointed at (-1 when the error names no attribute of a bit).
     */
    public static final class BitError extends Exception {
        public final Errno errno;
        public final String extack;
        public final int badBit;

        BitError(Errno errno, String extack, int badBit) {
            super(extack, null, false, false);
            this.errno = errno;
            this.extack = extack;
            this.badBit = badBit;
        }
    }

    /**
     * The SET reply: WANTED holds the requested bits the device did not end up with (value =
     * what was asked), ACTIVE the bits whose state changed (value = the new state).
     */
    public record Reply(long wantedValues, long wantedMask, long activeValues, long activeMask) {}

    public static Sets get(Net net, String dev) throws KernelException {
        NetDevice d = Rtnl.dev(net, dev);
        return new Sets(d.hwFeatures(), d.wantedFeatures(), d.features(), NetdevFeatures.NEVER_CHANGE);
    }

    /**
     * ethnl_set_features: bits are resolved by name first (an unknown one fails the whole
     * request), bits drivers own are refused, then the request's bits replace those bits of
     * the wanted set, and if that changes it the features are recomputed.
     */
    public static Reply set(Net net, String dev, List<Bit> bits) throws KernelException, BitError {
        NetDevice d = Rtnl.dev(net, dev);
        long reqMask = 0, reqValues = 0;
        for (int i = 0; i < bits.size(); i++) {
            int b = NetdevFeatures.bit(bits.get(i).name());
            if (b < 0) throw new BitError(Errno.EOPNOTSUPP, "bit name not found", i);
            reqMask |= NetdevFeatures.f(b);
            if (bits.get(i).on()) reqValues |= NetdevFeatures.f(b);
            else reqValues &= ~NetdevFeatures.f(b);
        }
        if ((reqMask & NetdevFeatures.NEVER_CHANGE) != 0)
            throw new BitError(Errno.EINVAL, "attempt to change non-ethtool features", -1);
        long oldActive = d.features(), oldWanted = d.wantedFeatures();
        long reqWanted = (oldWanted & ~reqMask) | (reqValues & reqMask);
        if (reqWanted != oldWanted) d.setWantedFeatures(reqWanted);
        long newActive = d.features();
        long wantedDiff = (reqWanted ^ newActive) & reqMask;
        long activeDiff = oldActive ^ newActive;
        return new Reply(reqWanted & wantedDiff, wantedDiff, newActive & activeDiff, activeDiff);
    }
}
