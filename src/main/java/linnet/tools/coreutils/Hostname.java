package linnet.tools.coreutils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.kernel.core.Uts;
import linnet.tools.common.Ctx;
import linnet.tools.common.Tool;

/**
 * hostname(1) of Debian's hostname 3.23: the UTS node name (the machine's, whatever network
 * namespace the process is in), -s the part before the first dot, -f the canonical name /etc/hosts
 * gives it, -d what follows its first dot, -i its addresses from /etc/hosts; with a NAME operand it
 * sets the node name. Usage errors print the usage on standard output and exit 255.
 */
public final class Hostname implements Tool {
    @Override
    public int run(Ctx ctx, List<String> args) {
        char mode = 0;
        List<String> names = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--") && a.length() > 2) {
                String l = a.substring(2);
                Character m = switch (l) {
                    case "short" -> 's';
                    case "fqdn", "long" -> 'f';
                    case "domain" -> 'd';
                    case "ip-address" -> 'i';
                    default -> null;
                };
                if (m == null) return usage(ctx, "hostname: unrecognized option '" + a + "'");
                mode = m;
            } else if (a.startsWith("-") && a.length() > 1) {
                for (char c : a.substring(1).toCharArray()) {
                    if ("sfdi".indexOf(c) < 0) return usage(ctx, "hostname: invalid option -- '" + c + "'");
                    mode = c;
                }
            } else {
                names.add(a);
            }
        }
        Uts uts = ctx.proc != null ? ctx.proc.uts(ctx.host.kernel().uts) : ctx.host.kernel().uts;
        if (names.size() > 1) return usage(ctx, null);
        if (names.size() == 1) {
            try {
                uts.setNodename(names.get(0));
            } catch (KernelException e) {
                ctx.err.println("hostname: name too long");
                return 1;
            }
            return 0;
        }
        String node = uts.nodename();
        switch (mode) {
            case 's' -> ctx.out.println(node.contains(".") ? node.substring(0, node.indexOf('.')) : node);
            case 'f', 'd', 'i' -> {
                List<String> addrs = new ArrayList<>();
                String canonical = lookup(ctx, node, addrs);
                if (canonical == null) {
                    ctx.err.println("hostname: Name or service not known");
                    return 1;
                }
                if (mode == 'f') ctx.out.println(canonical);
                else if (mode == 'd') ctx.out.println(canonical.contains(".") ? canonical.substring(canonical.indexOf('.') + 1) : "");
                else ctx.out.println(String.join(" ", addrs) + " ");
            }
            default -> ctx.out.println(node);
        }
        ctx.out.flush();
        return 0;
    }

    /** getaddrinfo of the name through /etc/hosts: its canonical (first) name, and its addresses. */
    private static String lookup(Ctx ctx, String name, List<String> addrs) {
        String hosts;
        try {
            hosts = ctx.host.vfs().read(ctx.ns(), "/etc/hosts");
        } catch (KernelException e) {
            return null;
        }
        String canonical = null;
        for (String line : hosts.split("\n")) {
            int hash = line.indexOf('#');
            String[] f = (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+");
            if (f.length < 2 || f[0].contains(":")) continue;
            for (int i = 1; i < f.length; i++) {
                if (!f[i].equals(name)) continue;
                if (canonical == null) canonical = f[1];
                if (!addrs.contains(f[0])) addrs.add(f[0]);
            }
        }
        return canonical;
    }

    private static int usage(Ctx ctx, String message) {
        if (message != null) ctx.err.println(message);
        try (InputStream in = Hostname.class.getResourceAsStream("/linnet/tools/coreutils/hostname-usage.txt")) {
            ctx.out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing resource hostname-usage.txt", e);
        }
        ctx.out.flush();
        return 255;
    }
}
