package linnet.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import linnet.kernel.fs.Mounts;
import linnet.kernel.fs.Nsproxy;
import linnet.lab.Lab;
import linnet.shell.ScriptRunner;

/** Frames of every kind, captured by linnet itself (capture.sh), for the wire and pcap targets. */
final class Seeds {
    private Seeds() {}

    private static byte[] capture;

    /** The pcap capture.sh writes (made once per JVM). */
    static synchronized byte[] capture() {
        if (capture != null) return capture;
        String script;
        try (InputStream in = Seeds.class.getResourceAsStream("capture.sh")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Lab lab = new Lab(3, Lab.Profile.BARE);
        ScriptRunner sh = new ScriptRunner(lab);
        PrintStream nowhere = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        sh.runScript(script, "capture.sh", nowhere, nowhere);
        sh.finish();
        try {
            capture = lab.main.host.vfs().read(new Nsproxy(lab.main.kernel.initNet(), Mounts.NONE), "/tmp/all.pcap")
                    .getBytes(StandardCharsets.ISO_8859_1);
        } catch (linnet.kernel.core.KernelException e) {
            throw new AssertionError("capture.sh wrote no /tmp/all.pcap", e);
        }
        return capture;
    }

    /** The frames of a little-endian microsecond pcap. */
    static List<byte[]> frames(byte[] pcap) {
        List<byte[]> l = new ArrayList<>();
        int p = 24;
        while (p + 16 <= pcap.length) {
            int incl = le32(pcap, p + 8);
            p += 16;
            if (incl < 0 || p + incl > pcap.length) break;
            l.add(java.util.Arrays.copyOfRange(pcap, p, p + incl));
            p += incl;
        }
        return l;
    }

    /** Ethertype, direction, IP protocol, and the ICMP type / destination port / TCP flags. */
    static String kind(byte[] f) {
        int type = (f[12] & 0xff) << 8 | f[13] & 0xff;
        String dir = (f[5] & 0xff) == 1 ? "in" : "out";
        if (type == 0x0800 && f.length >= 34) {
            int ihl = (f[14] & 0xf) * 4, proto = f[23] & 0xff, l4 = 14 + ihl;
            boolean frag = ((f[20] & 0x3f) << 8 | f[21] & 0xff) != 0;
            String rest = frag ? "frag" : proto == 1 && f.length > l4 ? "icmp" + (f[l4] & 0xff)
                    : proto == 17 && f.length > l4 + 3 ? "udp" + ((f[l4 + 2] & 0xff) << 8 | f[l4 + 3] & 0xff)
                    : proto == 6 && f.length > l4 + 13 ? "tcp" + Integer.toHexString(f[l4 + 13] & 0xff) : "p" + proto;
            return "ip-" + dir + "-" + (rest.startsWith("udp3") ? "udp-traceroute" : rest);
        }
        if (type == 0x86dd && f.length > 54) return "ip6-" + dir + "-" + (f[20] & 0xff) + "-" + (f[54] & 0xff);
        return String.format("%04x-%s", type, dir);
    }

    private static int le32(byte[] b, int o) {
        return (b[o] & 0xff) | (b[o + 1] & 0xff) << 8 | (b[o + 2] & 0xff) << 16 | (b[o + 3] & 0xff) << 24;
    }

    /**
     * Writes the wire and pcap targets' first inputs from the capture (run once by hand:
     * java -cp target/test-classes:target/classes linnet.fuzz.Seeds src/test/resources/linnet/fuzz).
     */
    public static void main(String[] args) throws IOException {
        java.nio.file.Path root = java.nio.file.Path.of(args[0]);
        byte[] pcap = capture();
        List<byte[]> frames = frames(pcap);
        java.nio.file.Path tap = root.resolve("WireFuzzTestInputs/tap"), tun = root.resolve("WireFuzzTestInputs/tun"),
                dec = root.resolve("WireFuzzTestInputs/decoders"), pc = root.resolve("PcapFuzzTestInputs/read");
        for (java.nio.file.Path d : List.of(tap, tun, dec, pc)) java.nio.file.Files.createDirectories(d);
        java.util.Set<String> kinds = new java.util.HashSet<>();
        int n = 0;
        for (byte[] f : frames) {
            // one frame of each kind: ethertype, IP protocol, first bytes of the transport header
            String kind = kind(f);
            if (!kinds.add(kind)) continue;
            n++;
            java.nio.file.Files.write(tap.resolve("seed-" + kind), f);
            java.nio.file.Files.write(dec.resolve("seed-" + kind), f);
            if (f[12] == 0x08 && f[13] == 0x00 || f[12] == (byte) 0x86 && f[13] == (byte) 0xdd)
                java.nio.file.Files.write(tun.resolve("seed-" + kind), java.util.Arrays.copyOfRange(f, 14, f.length));
        }
        java.nio.file.Files.write(pc.resolve("seed-capture"), pcap);
        System.out.println(n + " kinds of frame out of " + frames.size());
    }
}
