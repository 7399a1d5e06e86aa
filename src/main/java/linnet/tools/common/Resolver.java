package linnet.tools.common;

import java.util.Map;

/**
 * getaddrinfo(3) for IPv4 as the tools see it on the oracle machine: inet_aton's numeric forms,
 * then /etc/hosts, then DNS. The emulated machine, like run-kernel's sandbox, has no reachable
 * name server, so a well-formed name that is not in /etc/hosts fails with EAI_AGAIN
 * ("Temporary failure in name resolution"); a name glibc refuses to send (res_hnok: empty
 * labels, characters other than letters, digits, '-' and '_', a leading '-') fails with
 * EAI_NONAME ("Name or service not known") without asking.
 */
public final class Resolver {
    private Resolver() {}

    public static final String EAI_NONAME = "Name or service not known";
    public static final String EAI_AGAIN = "Temporary failure in name resolution";
    public static final String EAI_ADDRFAMILY = "Address family for hostname not supported";

    /** The IPv4 names of a Debian /etc/hosts. */
    private static final Map<String, Integer> HOSTS = Map.of("localhost", 0x7f000001);

    /**
     * A resolved address, or the gai_strerror text of the failure; {@code canonical} is
     * AI_CANONNAME's answer: the name as /etc/hosts spells it, a numeric name as given.
     */
    public record Result(int address, String error, boolean numeric, String canonical) {
        public boolean ok() { return error == null; }
    }

    public static Result resolve4(String name) {
        Integer n = inetAton(name);
        if (n != null) return new Result(n, null, true, name);
        String key = name.toLowerCase(java.util.Locale.ROOT);
        Integer h = HOSTS.get(key);
        if (h != null) return new Result(h, null, false, key);
        return new Result(0, hostnameOk(name) ? EAI_AGAIN : EAI_NONAME, false, null);
    }

    /**
     * A name server that lives in the process's network namespace: Docker's embedded DNS, which a
     * container on a user-defined network reaches at 127.0.0.11 (its resolv.conf says so).
     * {@code lookup} gives an address or null (then the query goes on to the unreachable
     * upstream), {@code reverse} the PTR name of an address or null.
     */
    public interface NameServer {
        Integer lookup(String name);

        String reverse(int address);
    }

    private static final Map<linnet.kernel.core.Net, NameServer> SERVERS = new java.util.WeakHashMap<>();

    /** The daemon starts (server non-null) or stops answering in {@code net}. */
    public static synchronized void nameServer(linnet.kernel.core.Net net, NameServer server) {
        if (server == null) SERVERS.remove(net);
        else SERVERS.put(net, server);
    }

    private static synchronized NameServer serverOf(linnet.kernel.core.Net net) { return SERVERS.get(net); }

    /**
     * getaddrinfo as the process {@code ctx} runs it: numeric forms, its /etc/hosts (a file bound
     * over /etc/hosts in its mount namespace, such as a container's, is read; the machine's own is
     * Debian's), then the name server of its namespace if one answers there.
     */
    public static Result resolve4(Ctx ctx, String name) {
        Result r = resolve4(name);
        if (r.ok() || ctx == null || r.error().equals(EAI_NONAME)) return r;
        String key = name.toLowerCase(java.util.Locale.ROOT);
        for (Map.Entry<String, Integer> e : boundHosts(ctx).entrySet()) {
            if (e.getKey().equals(key)) return new Result(e.getValue(), null, false, e.getKey());
        }
        NameServer ns = serverOf(ctx.net);
        if (ns != null) {
            Integer a = ns.lookup(key.endsWith(".") ? key.substring(0, key.length() - 1) : key);
            if (a != null) return new Result(a, null, false, name);
        }
        return r;
    }

    /** The names of a bound /etc/hosts in file order (first address of a name wins), or none. */
    private static Map<String, Integer> boundHosts(Ctx ctx) {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        if (ctx.mounts == null || ctx.mounts.resolve("/etc/hosts").equals("/etc/hosts")) return m;
        String text;
        try {
            text = ctx.host.vfs().read(ctx.ns(), "/etc/hosts");
        } catch (linnet.kernel.core.KernelException e) {
            return m;
        }
        for (String line : text.split("\n")) {
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            String[] f = line.trim().split("\\s+");
            if (f.length < 2) continue;
            Integer a = inetAton(f[0]);
            if (a == null || f[0].split("\\.").length != 4) continue;
            for (int i = 1; i < f.length; i++) m.putIfAbsent(f[i].toLowerCase(java.util.Locale.ROOT), a);
        }
        return m;
    }

    /** The name of an address as the process {@code ctx} would get it back: its hosts file, then its name server. */
    public static String hostsName(Ctx ctx, int address) {
        if (ctx != null) {
            for (Map.Entry<String, Integer> e : boundHosts(ctx).entrySet()) if (e.getValue() == address) return e.getKey();
            NameServer ns = serverOf(ctx.net);
            if (ns != null) {
                String n = ns.reverse(address);
                if (n != null) return n;
            }
        }
        return hostsName(address);
    }

    /** The /etc/hosts name of an address, for tools that print "NAME (ADDR)"; null when none. */
    public static String hostsName(int address) {
        for (var e : HOSTS.entrySet()) if (e.getValue() == address) return e.getKey();
        return null;
    }

    /**
     * inet_aton: one to four parts separated by dots, each decimal, 0-octal or 0x-hex; the last
     * part fills the remaining bytes ("127.1" is 127.0.0.1). Null when not numeric.
     */
    public static Integer inetAton(String s) {
        if (s.isEmpty()) return null;
        String[] parts = s.split("\\.", -1);
        if (parts.length > 4) return null;
        long[] v = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            int radix = 10;
            if (p.startsWith("0x") || p.startsWith("0X")) { radix = 16; p = p.substring(2); }
            else if (p.length() > 1 && p.startsWith("0")) { radix = 8; p = p.substring(1); }
            if (p.isEmpty()) {
                if (radix != 16) return null;
                v[i] = 0; // "0x" alone is 0 for inet_aton's strtoul
                continue;
            }
            if (p.length() > 11) return null;
            for (char c : p.toCharArray()) if (Character.digit(c, radix) < 0) return null;
            v[i] = Long.parseLong(p, radix);
        }
        long addr = 0;
        int last = v.length - 1;
        for (int i = 0; i < last; i++) {
            if (v[i] > 0xff) return null;
            addr |= v[i] << (24 - 8 * i);
        }
        long max = last == 0 ? 0xffffffffL : (1L << (8 * (4 - last))) - 1;
        if (v[last] > max) return null;
        return (int) (addr | v[last]);
    }

    /** glibc's res_hnok: printable, labels of letters/digits/'-'/'_', no empty label, no leading '-'. */
    public static boolean hostnameOk(String name) {
        if (name.isEmpty() || name.startsWith("-")) return false;
        String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (n.isEmpty()) return false;
        for (String label : n.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63) return false;
            for (char c : label.toCharArray()) {
                if (!(c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'))) return false;
            }
        }
        return true;
    }
}
