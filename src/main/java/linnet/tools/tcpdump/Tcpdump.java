package linnet.tools.tcpdump;

import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.PacketTap;
import linnet.kernel.core.SkBuff;
import linnet.sim.EventLoop;
import linnet.sim.Tasks;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * tcpdump 4.99.3 with libpcap 1.10.3 as Debian 12 ships them: opens a packet socket on a device
 * (or "any", Linux cooked v2) of its namespace with the compiled filter attached, prints each
 * packet the way tcpdump's printers do (or writes them to a pcap file with -w, or reads one with
 * -r), and ends after -c packets or when killed, with the capture statistics on stderr. Time
 * stamps come from the machine's virtual clock.
 */
public final class Tcpdump implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        TcpdumpOptions o;
        try {
            o = TcpdumpOptions.parse(args);
        } catch (TcpdumpOptions.Exit e) {
            if (e.stdout) ctx.out.print(e.text);
            else ctx.err.print(e.text);
            return e.status;
        }
        if (o.listDevices) {
            ctx.out.print(DeviceList.list(ctx.net));
            return 0;
        }
        if (o.readFile != null) return readFile(ctx, o);
        return capture(ctx, o);
    }

    static void error(Ctx ctx, String msg) { ctx.err.println("tcpdump: " + msg); }

    // ------------------------------------------------------------------ live capture

    private int capture(Ctx ctx, TcpdumpOptions o) {
        Net net = ctx.net;
        String device = o.device;
        if (device == null) {
            // pcap_lookupdev: the first device of the list that is up, not loopback
            device = DeviceList.defaultDevice(net);
            if (device == null) {
                error(ctx, "no suitable device found");
                return 1;
            }
        }
        boolean any = device.equals("any");
        NetDevice dev = any ? null : net.byName(device);
        if (!any) {
            if (dev == null) {
                error(ctx, device + ": No such device exists");
                ctx.err.println("(No such device exists)");
                return 1;
            }
            if (!dev.isUp()) {
                error(ctx, device + ": That device is not up");
                return 1;
            }
        }
        int dlt = any ? PrintEther.DLT_LINUX_SLL2 : dev.hardHeaderLen() == 0 ? PrintEther.DLT_RAW : PrintEther.DLT_EN10MB;
        Filter filter;
        try {
            filter = o.expression == null ? null : FilterParser.compile(o.expression, dlt, ctx);
        } catch (FilterParser.FilterException e) {
            error(ctx, e.getMessage());
            return 1;
        }
        PcapFile.Writer writer = null;
        if (o.writeFile != null) {
            try {
                writer = PcapFile.Writer.open(ctx, o.writeFile, any ? PrintEther.DLT_LINUX_SLL2 : dlt, o.snaplen);
            } catch (KernelException e) {
                error(ctx, o.writeFile + ": " + e.errno.text);
                return 1;
            }
        }
        PacketTap tap;
        int lo = DeviceList.loIndex(net);
        PacketTap.Filter kf = filter == null ? null : f -> filter.matches(cooked(f, any), dlt, true);
        try {
            tap = PacketTap.open(net, any ? 0 : dev.ifindex(), kf);
        } catch (KernelException e) {
            error(ctx, device + ": " + e.errno.text);
            return 1;
        }
        if (o.promisc && dev != null) dev.setPromiscuity(1);
        if (any) error(ctx, "data link type LINUX_SLL2");
        if (o.vflag == 0 && o.writeFile == null) error(ctx, "verbose output suppressed, use -v[v]... for full protocol decode");
        else ctx.err.print("tcpdump: ");
        ctx.err.println("listening on " + device + ", link-type " + dltName(dlt) + ", snapshot length " + o.snaplen + " bytes");
        Output out = new Output(ctx.out, o.lineBuffered || o.packetBuffered);
        Printer printer = new Printer(ctx, o, dlt, net);
        EventLoop loop = ctx.host.kernel().loop;
        long captured = 0;
        boolean signalled = false;
        try {
            while (o.count == 0 || captured < o.count) {
                PacketTap.Frame f = tap.poll();
                if (f == null) {
                    loop.runWhile(() -> tap.isEmpty(), Long.MAX_VALUE);
                    if (tap.isEmpty()) {
                        // nothing can ever arrive again (the script's foreground has no one to
                        // interrupt it): end as the time limit's signal would
                        signalled = true;
                        break;
                    }
                    continue;
                }
                if (f.pktType() == SkBuff.PACKET_OUTGOING) {
                    if (f.ifindex() == lo) continue;
                    if (o.direction == TcpdumpOptions.Direction.IN) continue;
                } else if (o.direction == TcpdumpOptions.Direction.OUT) continue;
                byte[] data = cooked(f, any);
                int caplen = Math.min(data.length, o.snaplen);
                captured++;
                if (writer != null) {
                    writer.write(Printer.wallNs(f.tstampNs()), data, caplen, data.length);
                    if (o.packetBuffered) writer.flush();
                } else {
                    out.write(printer.print(Printer.wallNs(f.tstampNs()), data, caplen, data.length));
                }
            }
        } catch (Tasks.Killed | EventLoop.Interrupted | EventLoop.Signalled | EventLoop.TimedOut k) {
            signalled = true;
        } finally {
            tap.close();
            if (o.promisc && dev != null) dev.setPromiscuity(-1);
        }
        if (writer != null) writer.close();
        else {
            if (signalled) out.write("\n");
            out.flush();
        }
        ctx.err.println(captured + " packet" + (captured == 1 ? "" : "s") + " captured");
        ctx.err.println(tap.packets() + " packet" + (tap.packets() == 1 ? "" : "s") + " received by filter");
        ctx.err.println("0 packets dropped by kernel");
        return 0;
    }

    /** What the socket hands up: the frame itself, or for "any" a Linux cooked v2 header and the payload. */
    static byte[] cooked(PacketTap.Frame f, boolean any) {
        if (!any) return f.data();
        byte[] d = f.data();
        int hh = f.hardHeaderLen();
        byte[] c = new byte[20 + d.length - hh];
        int proto = f.protocol();
        if (hh >= 14) {
            // a tag re-inserted after the MAC addresses stays in front of the payload
            proto = ((d[12] & 0xff) << 8) | (d[13] & 0xff);
        }
        c[0] = (byte) (proto >>> 8);
        c[1] = (byte) proto;
        int idx = f.ifindex();
        c[4] = (byte) (idx >>> 24);
        c[5] = (byte) (idx >>> 16);
        c[6] = (byte) (idx >>> 8);
        c[7] = (byte) idx;
        c[8] = (byte) (f.hatype() >>> 8);
        c[9] = (byte) f.hatype();
        c[10] = (byte) f.pktType();
        if (hh >= 14) {
            c[11] = 6;
            System.arraycopy(d, 6, c, 12, 6);
        }
        System.arraycopy(d, hh, c, 20, d.length - hh);
        return c;
    }

    static String dltName(int dlt) {
        return switch (dlt) {
            case PrintEther.DLT_EN10MB -> "EN10MB (Ethernet)";
            case PrintEther.DLT_RAW -> "RAW (Raw IP)";
            case PrintEther.DLT_LINUX_SLL -> "LINUX_SLL (Linux cooked v1)";
            case PrintEther.DLT_LINUX_SLL2 -> "LINUX_SLL2 (Linux cooked v2)";
            default -> "DLT " + dlt;
        };
    }

    // ------------------------------------------------------------------ -r

    private int readFile(Ctx ctx, TcpdumpOptions o) {
        PcapFile.Reader r;
        try {
            r = PcapFile.Reader.open(ctx, o.readFile);
        } catch (PcapFile.BadFile e) {
            error(ctx, e.getMessage());
            return 1;
        }
        int dlt = r.linktype();
        Filter filter;
        try {
            filter = o.expression == null ? null : FilterParser.compile(o.expression, dlt, ctx);
        } catch (FilterParser.FilterException e) {
            error(ctx, e.getMessage());
            return 1;
        }
        ctx.err.println("reading from file " + o.readFile + ", link-type " + dltName(dlt) + ", snapshot length " + r.snaplen());
        PcapFile.Writer writer = null;
        if (o.writeFile != null) {
            try {
                writer = PcapFile.Writer.open(ctx, o.writeFile, dlt, r.snaplen());
            } catch (KernelException e) {
                error(ctx, o.writeFile + ": " + e.errno.text);
                return 1;
            }
        }
        Printer printer = new Printer(ctx, o, dlt, ctx.net);
        Output out = new Output(ctx.out, true);
        long n = 0;
        PcapFile.Record rec;
        while ((o.count == 0 || n < o.count) && (rec = r.next()) != null) {
            if (filter != null && !filter.matches(rec.data(), dlt, false)) continue;
            n++;
            if (writer != null) writer.write(rec.tsNs(), rec.data(), rec.data().length, rec.origLen());
            else out.write(printer.print(rec.tsNs(), rec.data(), rec.data().length, rec.origLen()));
        }
        if (writer != null) writer.close();
        out.flush();
        if (r.truncated() != null) {
            error(ctx, "pcap_loop: " + r.truncated());
            return 1;
        }
        return 0;
    }

    /** stdout as a FILE: fully buffered (flushed in BUFSIZ pieces, and at exit) unless -l or -U. */
    static final class Output {
        private final java.io.PrintStream ps;
        private final boolean lineBuffered;
        private final StringBuilder buf = new StringBuilder();

        Output(java.io.PrintStream ps, boolean lineBuffered) {
            this.ps = ps;
            this.lineBuffered = lineBuffered;
        }

        void write(String s) {
            buf.append(s);
            if (lineBuffered) flush();
            else {
                while (buf.length() >= 4096) {
                    ps.print(buf.substring(0, 4096));
                    ps.flush();
                    buf.delete(0, 4096);
                }
            }
        }

        void flush() {
            if (buf.length() > 0) ps.print(buf);
            ps.flush();
            buf.setLength(0);
        }
    }
}
