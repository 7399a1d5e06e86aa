package linnet.tools.ethtool;

import java.util.List;
import java.util.Map;
import linnet.kernel.core.NetDevice;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/** ethtool(8) 6.1: link settings, -S driver statistics, -i driver info, -k/-K offload features. */
public final class Ethtool implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        if (args.isEmpty()) {
            ctx.err.println("ethtool: bad command line argument(s)");
            ctx.err.println("For more information run ethtool -h");
            return 1;
        }
        String mode = args.get(0).startsWith("-") ? args.get(0) : "";
        switch (mode) {
            case "-k", "--show-features", "--show-offload" -> { return EthtoolFeatures.show(ctx, args); }
            case "-K", "--features", "--offload" -> { return EthtoolFeatures.change(ctx, args); }
            default -> {}
        }
        String devName = mode.isEmpty() ? args.get(0) : (args.size() > 1 ? args.get(1) : null);
        if (devName == null) {
            ctx.err.println("ethtool: bad command line argument(s)");
            ctx.err.println("For more information run ethtool -h");
            return 1;
        }
        NetDevice d = ctx.net.byName(devName);
        switch (mode) {
            case "-S", "--statistics" -> {
                if (d == null) {
                    // ETHTOOL_GSSET_INFO fails; ethtool's exit status counts the step that failed.
                    ctx.err.println("Cannot get stats strings information: No such device");
                    return 96;
                }
                List<Map.Entry<String, Long>> st = d.ethtoolStats();
                if (st == null) {
                    ctx.err.println("no stats available");
                    return 94;
                }
                StringBuilder sb = new StringBuilder("NIC statistics:\n");
                for (Map.Entry<String, Long> e : st) sb.append("     ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
                ctx.out.print(sb);
                return 0;
            }
            case "-i", "--driver" -> {
                if (d == null || !d.hasDrvinfo()) {
                    ctx.err.println("Cannot get driver information: " + (d == null ? "No such device" : "Operation not supported"));
                    return 71;
                }
                ctx.out.print("driver: " + d.driverName() + "\nversion: " + d.driverVersion()
                        + "\nfirmware-version: " + d.firmwareVersion() + "\nexpansion-rom-version: \nbus-info: " + d.busInfo()
                        + "\nsupports-statistics: " + (d.ethtoolStats() != null ? "yes" : "no")
                        + "\nsupports-test: no\nsupports-eeprom-access: no\nsupports-register-dump: no\nsupports-priv-flags: no\n");
                return 0;
            }
            case "" -> {
                if (d == null) {
                    // do_gset asks for link modes, link info, wake-on-lan, debug and link state
                    // one after the other, each refused, and then finds nothing to print.
                    for (int i = 0; i < 5; i++) {
                        ctx.err.println("netlink error: no device matches name (offset 24)");
                        ctx.err.println("netlink error: No such device");
                    }
                    ctx.err.println("No data available");
                    return 75;
                }
                StringBuilder sb = new StringBuilder("Settings for " + d.name() + ":\n");
                NetDevice.LinkKsettings ks = d.ethtoolLinkKsettings();
                if (ks != null) appendLinkSettings(sb, ks);
                Integer msglevel = d.ethtoolMsglevel();
                if (msglevel != null) {
                    // dump_msglevel: the value, then the names of its set bits on a line indented
                    // to the value's column (an empty line of 30 blanks when no bit is set).
                    sb.append(String.format("        Current message level: 0x%08x (%d)%n", msglevel, msglevel));
                    sb.append(" ".repeat(30)).append('\n');
                }
                sb.append("\tLink detected: ").append(d.isUp() && d.carrierOk() ? "yes" : "no").append('\n');
                ctx.out.print(sb);
                return 0;
            }
            case "-g", "--show-ring", "-c", "--show-coalesce", "-a", "--show-pause" -> {
                // The virtual drivers have no ring, coalescing or pause ops: the netlink request fails.
                if (d == null) return noDevice(ctx);
                ctx.err.println("netlink error: Operation not supported");
                return 1;
            }
            case "-l", "--show-channels" -> {
                if (d == null) return noDevice(ctx);
                int[] ch = d.ethtoolChannels();
                if (ch == null) {
                    ctx.err.println("netlink error: Operation not supported");
                    return 1;
                }
                ctx.out.print("Channel parameters for " + d.name() + ":\nPre-set maximums:\n"
                        + "RX:\t\t" + ch[0] + "\nTX:\t\t" + ch[1] + "\nOther:\t\tn/a\nCombined:\tn/a\n"
                        + "Current hardware settings:\n"
                        + "RX:\t\t" + ch[2] + "\nTX:\t\t" + ch[3] + "\nOther:\t\tn/a\nCombined:\tn/a\n");
                return 0;
            }
            case "-P", "--show-permaddr" -> {
                if (d == null) {
                    ctx.err.println("Cannot read permanent address: No such device");
                    return 1;
                }
                // Virtual devices never get dev->perm_addr filled: all zero bytes, "not set".
                ctx.out.println("Permanent address: not set");
                return 0;
            }
            default -> {
                ctx.err.println("ethtool: bad command line argument(s)");
                ctx.err.println("For more information run ethtool -h");
                return 1;
            }
        }
    }

    private static int noDevice(Ctx ctx) { return noDevice(ctx, 1); }

    /** A netlink request naming a device that does not exist; ethtool's status depends on the command. */
    static int noDevice(Ctx ctx, int status) {
        ctx.err.println("netlink error: no device matches name (offset 24)");
        ctx.err.println("netlink error: No such device");
        return status;
    }

    static int badCommandLine(Ctx ctx) {
        ctx.err.println("ethtool: bad command line argument(s)");
        ctx.err.println("For more information run ethtool -h");
        return 1;
    }

    /**
     * ethtool's settings block for a driver that reports no link modes (the virtual drivers):
     * speed, duplex and port from get_link_ksettings; MDI-X is only shown for twisted pair.
     */
    static void appendLinkSettings(StringBuilder sb, NetDevice.LinkKsettings ks) {
        sb.append("""
                	Supported ports: [  ]
                	Supported link modes:   Not reported
                	Supported pause frame use: No
                	Supports auto-negotiation: No
                	Supported FEC modes: Not reported
                	Advertised link modes:  Not reported
                	Advertised pause frame use: No
                	Advertised auto-negotiation: No
                	Advertised FEC modes: Not reported
                """);
        sb.append("\tSpeed: ").append(ks.speed() == NetDevice.SPEED_UNKNOWN ? "Unknown!" : ks.speed() + "Mb/s").append('\n');
        sb.append("\tDuplex: ").append(switch (ks.duplex()) {
            case NetDevice.DUPLEX_HALF -> "Half";
            case NetDevice.DUPLEX_FULL -> "Full";
            default -> "Unknown! (" + ks.duplex() + ")";
        }).append('\n');
        sb.append("\tAuto-negotiation: off\n");
        sb.append("\tPort: ").append(ks.port() == NetDevice.PORT_TP ? "Twisted Pair" : "Other").append('\n');
        sb.append("\tPHYAD: 0\n\tTransceiver: internal\n");
        if (ks.port() == NetDevice.PORT_TP) sb.append("\tMDI-X: Unknown\n");
    }
}
