package linnet.tools.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * getservbyname(3) / getservbyport(3) over the oracle machine's /etc/services (Debian netbase,
 * kept as a resource without its comments): entries in file order, each "name port/proto
 * aliases...", the first match wins, as the C library's linear scan of the file does.
 */
public final class Services {
    private Services() {}

    /** One line of /etc/services. */
    record Entry(String name, int port, String proto, List<String> aliases) {}

    private static final List<Entry> ENTRIES = load();

    private static List<Entry> load() {
        List<Entry> l = new ArrayList<>();
        try (InputStream in = Services.class.getResourceAsStream("/linnet/etc/services")) {
            if (in == null) return l;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String[] w = line.trim().split("\\s+");
                if (w.length < 2) continue;
                int slash = w[1].indexOf('/');
                if (slash < 0) continue;
                l.add(new Entry(w[0], Integer.parseInt(w[1].substring(0, slash)), w[1].substring(slash + 1),
                        List.of(w).subList(2, w.length)));
            }
        } catch (IOException | NumberFormatException e) {
            // an unreadable table resolves nothing, as a missing /etc/services would
        }
        return l;
    }

    /** getservbyname(name, proto): the port of a service name or alias ({@code proto} null = any), or null. */
    public static Integer port(String name, String proto) {
        for (Entry e : ENTRIES)
            if ((proto == null || e.proto.equals(proto)) && (e.name.equals(name) || e.aliases.contains(name))) return e.port;
        return null;
    }

    /** getservbyport(port, proto): the official name of the first entry for the port, or null. */
    public static String name(int port, String proto) {
        for (Entry e : ENTRIES) if (e.port == port && (proto == null || e.proto.equals(proto))) return e.name;
        return null;
    }
}
