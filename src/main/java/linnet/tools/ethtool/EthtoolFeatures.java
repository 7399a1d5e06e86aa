package linnet.tools.ethtool;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.NetdevFeatures;
import linnet.kernel.rtnl.EthnlFeatures;
import linnet.tools.common.Ctx;

/**
 * ethtool -k / -K (netlink/features.c of ethtool 6.1): the offload features of a device, shown
 * under the old ioctl-era flag names where those exist, and changed by old or new names.
 */
final class EthtoolFeatures {
    private EthtoolFeatures() {}

    /**
     * The legacy flags (off_flag_def): a short name for -K, the long name -k prints, and the
     * pattern of feature names it stands for ('*' matches any run of characters).
     */
    private record LegacyFlag(String shortName, String longName, String pattern) {}

    private static final List<LegacyFlag> LEGACY = List.of(
            new LegacyFlag("rx", "rx-checksumming", "rx-checksum"),
            new LegacyFlag("tx", "tx-checksumming", "tx-checksum-*"),
            new LegacyFlag("sg", "scatter-gather", "tx-scatter-gather*"),
            new LegacyFlag("tso", "tcp-segmentation-offload", "tx-tcp*-segmentation"),
            new LegacyFlag("ufo", "udp-fragmentation-offload", "tx-udp-fragmentation"),
            new LegacyFlag("gso", "generic-segmentation-offload", "tx-generic-segmentation"),
            new LegacyFlag("gro", "generic-receive-offload", "rx-gro"),
            new LegacyFlag("lro", "large-receive-offload", "rx-lro"),
            new LegacyFlag("rxvlan", "rx-vlan-offload", "rx-vlan-hw-parse"),
            new LegacyFlag("txvlan", "tx-vlan-offload", "tx-vlan-hw-insert"),
            new LegacyFlag("ntuple", "ntuple-filters", "rx-ntuple-filter"),
            new LegacyFlag("rxhash", "receive-hashing", "rx-hashing"));

    /** The feature bits a legacy flag stands for, in bit order. */
    private static List<Integer> matching(LegacyFlag flag) {
        List<Integer> bits = new ArrayList<>();
        for (int b = 0; b < NetdevFeatures.COUNT; b++) {
            String n = NetdevFeatures.name(b);
            if (n != null && glob(flag.pattern(), n)) bits.add(b);
        }
        return bits;
    }

    private static boolean glob(String pattern, String s) {
        int star = pattern.indexOf('*');
        if (star < 0) return pattern.equals(s);
        String head = pattern.substring(0, star), tail = pattern.substring(star + 1);
        return s.length() >= head.length() + tail.length() && s.startsWith(head) && s.endsWith(tail);
    }

    /** ethtool -k DEV. */
    static int show(Ctx ctx, List<String> args) {
        if (args.size() < 2) return Ethtool.badCommandLine(ctx);
        if (args.size() > 2) {
            ctx.err.println("ethtool: unexpected parameter '" + args.get(2) + "'");
            return 1;
        }
        EthnlFeatures.Sets s;
        try {
            s = EthnlFeatures.get(ctx.net, args.get(1));
        } catch (KernelException e) {
            return Ethtool.noDevice(ctx, 1);
        }
        StringBuilder sb = new StringBuilder("Features for ").append(args.get(1)).append(":\n");
        boolean[] shown = new boolean[NetdevFeatures.COUNT];
        for (LegacyFlag flag : LEGACY) {
            List<Integer> bits = matching(flag);
            if (bits.isEmpty()) continue;
            for (int b : bits) shown[b] = true;
            if (bits.size() == 1) {
                line(sb, "", flag.longName(), bits.get(0), s);
                continue;
            }
            boolean any = false;
            for (int b : bits) any |= NetdevFeatures.has(s.active(), b);
            sb.append(flag.longName()).append(": ").append(any ? "on" : "off").append('\n');
            for (int b : bits) line(sb, "\t", NetdevFeatures.name(b), b, s);
        }
        for (int b = 0; b < NetdevFeatures.COUNT; b++)
            if (!shown[b] && NetdevFeatures.name(b) != null) line(sb, "", NetdevFeatures.name(b), b, s);
        ctx.out.print(sb);
        return 0;
    }

    /** One feature: its state, "[fixed]" when the user cannot change it, else what was asked if that differs. */
    private static void line(StringBuilder sb, String indent, String label, int b, EthnlFeatures.Sets s) {
        boolean on = NetdevFeatures.has(s.active(), b);
        sb.append(indent).append(label).append(": ").append(on ? "on" : "off");
        if (!NetdevFeatures.has(s.hw(), b) || NetdevFeatures.has(s.nochange(), b)) sb.append(" [fixed]");
        else if (NetdevFeatures.has(s.wanted(), b) != on) sb.append(on ? " [requested off]" : " [requested on]");
        sb.append('\n');
    }

    /** ethtool -K DEV NAME on|off ...: legacy names stand for all their features, other words are feature names. */
    static int change(Ctx ctx, List<String> args) {
        if (args.size() < 2) return Ethtool.badCommandLine(ctx);
        String dev = args.get(1);
        List<EthnlFeatures.Bit> bits = new ArrayList<>();
        long reqMask = 0;
        for (int i = 2; i < args.size(); i += 2) {
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            if (!"on".equals(value) && !"off".equals(value)) {
                // ethtool's message names the parameter from a table the netlink code leaves empty.
                ctx.err.println("ethtool (-K): flag '" + (value == null ? "(null)" : value)
                        + "' for parameter '(null)' is not followed by 'on' or 'off'");
                return 1;
            }
            boolean on = value.equals("on");
            LegacyFlag flag = legacy(args.get(i));
            if (flag == null) {
                bits.add(new EthnlFeatures.Bit(args.get(i), on));
                int b = NetdevFeatures.bit(args.get(i));
                if (b >= 0) reqMask |= NetdevFeatures.f(b);
                continue;
            }
            for (int b : matching(flag)) {
                bits.add(new EthnlFeatures.Bit(NetdevFeatures.name(b), on));
                reqMask |= NetdevFeatures.f(b);
            }
        }
        EthnlFeatures.Reply r;
        try {
            r = EthnlFeatures.set(ctx.net, dev, bits);
        } catch (KernelException e) {
            return Ethtool.noDevice(ctx, 92);
        } catch (EthnlFeatures.BitError e) {
            if (e.badBit >= 0) ctx.err.println("netlink error: " + e.extack + " (offset " + offset(dev, bits, e.badBit) + ")");
            else ctx.err.println("netlink error: " + e.extack);
            ctx.err.println("netlink error: " + e.errno.text);
            return 92;
        }
        boolean nothingChanged = r.wantedMask() == reqMask;
        if (nothingChanged) ctx.err.println("Could not change any device features");
        if (r.wantedMask() != 0 || (r.activeMask() & ~reqMask) != 0) {
            StringBuilder sb = new StringBuilder("Actual changes:\n");
            for (int b = 0; b < NetdevFeatures.COUNT; b++) {
                boolean inWanted = NetdevFeatures.has(r.wantedMask(), b), inActive = NetdevFeatures.has(r.activeMask(), b);
                if (!inWanted && !inActive) continue;
                boolean asked = NetdevFeatures.has(r.wantedValues(), b);
                boolean on = inActive ? NetdevFeatures.has(r.activeValues(), b) : !asked;
                sb.append(NetdevFeatures.name(b)).append(": ").append(on ? "on" : "off");
                if (inWanted) sb.append(asked ? " [requested on]" : " [requested off]");
                else if (!NetdevFeatures.has(reqMask, b)) sb.append(" [not requested]");
                sb.append('\n');
            }
            ctx.out.print(sb);
        }
        return nothingChanged ? 1 : 0;
    }

    private static LegacyFlag legacy(String word) {
        for (LegacyFlag f : LEGACY) if (f.shortName().equals(word) || f.longName().equals(word)) return f;
        return null;
    }

    /**
     * Where the bad bit sits in the FEATURES_SET message ethtool sent: the netlink and genetlink
     * headers and the HEADER nest with the device name (48 bytes plus the padded name), then the
     * WANTED bitset's BIT nests before it, each a NAME attribute and, for "on", a VALUE flag.
     */
    static int offset(String dev, List<EthnlFeatures.Bit> bits, int bad) {
        int off = 48 + align4(dev.length() + 1);
        for (int i = 0; i < bad; i++) off += 4 + 4 + align4(bits.get(i).name().length() + 1) + (bits.get(i).on() ? 4 : 0);
        return off;
    }

    private static int align4(int n) { return (n + 3) & ~3; }
}
