package linnet.tools.ip;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.KernelException;
import linnet.tools.common.Ctx;

/**
 * iproute2's lib/rt_names.c: the names of routing tables, routing protocols, scopes, realms and
 * dsfield values, both ways. Each database starts from rt_names.c's built-in names and is read from
 * /etc/iproute2 (rt_tables with rt_tables.d/*.conf, rt_protos with rt_protos.d/*.conf, rt_scopes,
 * rt_realms, rt_dsfield) the first time a lookup needs it, as the process that runs ip sees those
 * files (its namespace's /etc/netns binds included). One instance per ip process: a batch reads
 * the files once. The IP protocol and route type names are not files of iproute2's (static).
 */
final class RtNames {
    static final String CONFDIR = "/etc/iproute2";

    private final Ctx ctx;
    /** -Numeric: numbers instead of names when printing. */
    final boolean numeric;

    RtNames(Ctx ctx, boolean numeric) {
        this.ctx = ctx;
        this.numeric = numeric;
    }

    // ------------------------------------------------------------------ the files

    /** One "ID NAME" entry, in the order the files list them. */
    record Entry(long id, String name) {}

    /**
     * rtnl_hash_initialize / rtnl_tab_initialize over one file: the entries up to the first line
     * fread_id_name cannot read (then "Database FILE is corrupted at LINE" and the rest is skipped).
     * A missing file is no entries.
     */
    private List<Entry> readDb(String file) {
        String text;
        try {
            text = ctx.host.vfs().read(ctx.ns(), ctx.resolve(file));
        } catch (KernelException e) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            String line = nl < 0 ? text.substring(pos) : text.substring(pos, nl + 1);
            pos = nl < 0 ? text.length() : nl + 1;
            int i = 0;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
            String p = line.substring(i);
            if (p.isEmpty() || p.charAt(0) == '#' || p.charAt(0) == '\n') continue;
            Entry e = idName(p);
            if (e == null) {
                ctx.err.println("Database " + file + " is corrupted at " + p);
                break;
            }
            out.add(e);
        }
        return out;
    }

    /** fread_id_name's sscanf formats: "0x%x %s", then "%d %s"; null when neither gives two fields. */
    static Entry idName(String p) {
        if (p.startsWith("0x")) {
            Scan s = new Scan(p, 2);
            Long v = s.integer(16);
            String name = v == null ? null : s.word();
            // %x stores into an int: 0x80000000 and above are negative ids
            if (name != null) return new Entry((int) (long) v, name);
        }
        Scan s = new Scan(p, 0);
        Long v = s.integer(10);
        String name = v == null ? null : s.word();
        return name == null ? null : new Entry((int) (long) v, name);
    }

    /** The bits of scanf that fread_id_name uses: %d / %x (blanks, a sign, digits) and %s. */
    private static final class Scan {
        private final String s;
        private int i;

        Scan(String s, int i) {
            this.s = s;
            this.i = i;
        }

        private void blanks() { while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; }

        Long integer(int radix) {
            blanks();
            boolean neg = false;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) neg = s.charAt(i++) == '-';
            if (radix == 16 && s.startsWith("0x", i) && i + 2 < s.length() && Character.digit(s.charAt(i + 2), 16) >= 0) i += 2;
            int start = i;
            long v = 0;
            while (i < s.length() && Character.digit(s.charAt(i), radix) >= 0) {
                v = v * radix + Character.digit(s.charAt(i), radix);
                i++;
            }
            if (i == start) return null;
            return neg ? -v : v;
        }

        String word() {
            blanks();
            int start = i;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) i++;
            return i == start ? null : s.substring(start, i);
        }
    }

    /** The "*.conf" files of a directory in readdir order (the emulated file system lists them sorted). */
    private List<String> confFiles(String dir) {
        List<String> names;
        try {
            names = ctx.host.vfs().list(ctx.ns(), ctx.resolve(dir));
        } catch (KernelException e) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (n.startsWith(".") || n.length() <= 5 || !n.endsWith(".conf")) continue;
            out.add(dir + "/" + n);
        }
        return out;
    }

    /** A 256-slot table (rtnl_tab_initialize): a file's entry replaces the built-in name; ids beyond 255 are skipped. */
    private void fillTab(String[] tab, String file) {
        for (Entry e : readDb(file)) if (e.id >= 0 && e.id < 256) tab[(int) e.id] = e.name;
    }

    // ------------------------------------------------------------------ tables

    /**
     * rtnl_rttable_hash: 256 buckets by id & 255, each newest entry first; default, main and local
     * are built in, everything else (unspec too) comes from the files.
     */
    private List<List<Entry>> tables;

    private List<List<Entry>> tables() {
        if (tables != null) return tables;
        tables = new ArrayList<>();
        for (int i = 0; i < 256; i++) tables.add(new ArrayList<>());
        tables.get(253).add(new Entry(253, "default"));
        tables.get(254).add(new Entry(254, "main"));
        tables.get(255).add(new Entry(255, "local"));
        List<String> files = new ArrayList<>();
        files.add(CONFDIR + "/rt_tables");
        files.addAll(confFiles(CONFDIR + "/rt_tables.d"));
        for (String f : files) {
            for (Entry e : readDb(f)) {
                if (e.id < 0) continue;
                tables.get((int) (e.id & 255)).add(0, e);
            }
        }
        return tables;
    }

    /** rtnl_rttable_n2a: the newest name for the id, else the number (unsigned). */
    String table(long id) {
        long u = id & 0xffffffffL;
        for (Entry e : tables().get((int) (u & 255))) if (e.id == u && !numeric) return e.name;
        return Long.toString(u);
    }

    /** rtnl_rttable_a2n: the first bucket (then the newest entry) with the name, else strtoul base 0; null when invalid. */
    Long tableId(String s) {
        for (List<Entry> b : tables()) for (Entry e : b) if (e.name.equals(s)) return e.id;
        return IpRoute.unsigned(s);
    }

    // ------------------------------------------------------------------ protocols

    private static final String[] BUILTIN_PROTOS = new String[256];

    static {
        String[][] t = {{"0", "unspec"}, {"1", "redirect"}, {"2", "kernel"}, {"3", "boot"}, {"4", "static"},
            {"8", "gated"}, {"9", "ra"}, {"10", "mrt"}, {"11", "zebra"}, {"12", "bird"}, {"13", "dnrouted"},
            {"14", "xorp"}, {"15", "ntk"}, {"16", "dhcp"}, {"18", "keepalived"}, {"42", "babel"}, {"186", "bgp"},
            {"187", "isis"}, {"188", "ospf"}, {"189", "rip"}, {"192", "eigrp"}};
        for (String[] e : t) BUILTIN_PROTOS[Integer.parseInt(e[0])] = e[1];
    }

    private final String[] protos = BUILTIN_PROTOS.clone();
    private boolean protosRead;

    private void readProtos() {
        if (protosRead) return;
        protosRead = true;
        fillTab(protos, CONFDIR + "/rt_protos");
        for (String f : confFiles(CONFDIR + "/rt_protos.d")) fillTab(protos, f);
    }

    /** rtnl_rtprot_n2a: a built-in name is printed without reading the files. */
    String proto(int p) {
        if (p < 0 || p >= 256 || numeric) return Integer.toUnsignedString(p);
        if (protos[p] == null) readProtos();
        return protos[p] != null ? protos[p] : Integer.toString(p);
    }

    /** rtnl_rtprot_a2n: a name or a number up to 255. */
    Integer protoId(String s) {
        readProtos();
        for (int i = 0; i < 256; i++) if (s.equals(protos[i])) return i;
        Long v = IpRoute.unsigned(s);
        return v == null || v > 255 ? null : v.intValue();
    }

    // ------------------------------------------------------------------ scopes and realms

    private final String[] scopes = builtinScopes();
    private boolean scopesRead;

    private static String[] builtinScopes() {
        String[] t = new String[256];
        t[0] = "global";
        t[255] = "nowhere";
        t[254] = "host";
        t[253] = "link";
        t[200] = "site";
        return t;
    }

    private void readScopes() {
        if (scopesRead) return;
        scopesRead = true;
        fillTab(scopes, CONFDIR + "/rt_scopes");
    }

    /** rtnl_rtscope_n2a. */
    String scope(int id) {
        if (id < 0 || id >= 256 || numeric) return Integer.toString(id);
        if (scopes[id] == null) readScopes();
        return scopes[id] != null ? scopes[id] : Integer.toString(id);
    }

    /** rtnl_rtscope_a2n: a name or a number up to 255; null when invalid. */
    Integer scopeId(String s) {
        readScopes();
        for (int i = 0; i < 256; i++) if (s.equals(scopes[i])) return i;
        Long v = IpRoute.unsigned(s);
        return v == null || v > 255 ? null : v.intValue();
    }

    private final String[] realms = new String[256];
    private boolean realmsRead;

    {
        realms[0] = "unknown";
    }

    private void readRealms() {
        if (realmsRead) return;
        realmsRead = true;
        fillTab(realms, CONFDIR + "/rt_realms");
    }

    /** rtnl_rtrealm_n2a. */
    String realm(int id) {
        if (id < 0 || id >= 256 || numeric) return Integer.toString(id);
        if (realms[id] == null) readRealms();
        return realms[id] != null ? realms[id] : Integer.toString(id);
    }

    /** rtnl_rtrealm_a2n. */
    Integer realmId(String s) {
        readRealms();
        for (int i = 0; i < 256; i++) if (s.equals(realms[i])) return i;
        Long v = IpRoute.unsigned(s);
        return v == null || v > 255 ? null : v.intValue();
    }

    // ------------------------------------------------------------------ dsfield

    /** rtnl_rtdsfield_tab starts with "0" for 0; rt_dsfield names the rest (and 0 as "default"). */
    private final String[] dsfields = new String[256];
    private boolean dsfieldsRead;

    {
        dsfields[0] = "0";
    }

    private void readDsfields() {
        if (dsfieldsRead) return;
        dsfieldsRead = true;
        fillTab(dsfields, CONFDIR + "/rt_dsfield");
    }

    /** rtnl_dsfield_a2n: a name from rt_dsfield or a hex number up to 255. */
    Integer dsfield(String s) {
        readDsfields();
        for (int i = 0; i < 256; i++) if (s.equals(dsfields[i])) return i;
        try {
            String h = s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
            if (h.isEmpty()) return null;
            int v = Integer.parseInt(h, 16);
            return v > 255 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** rtnl_dsfield_n2a: the name (rtnl_dsfield_get_name), else 0xNN. */
    String dsfieldName(int v) {
        if (v < 0 || v >= 256) return Integer.toString(v);
        if (!numeric) {
            if (dsfields[v] == null) readDsfields();
            if (dsfields[v] != null) return dsfields[v];
        }
        return String.format("0x%02x", v);
    }

    private static final String[][] IP_PROTOS = {{"0", "ip"}, {"1", "icmp"}, {"2", "igmp"}, {"4", "ipencap"},
        {"6", "tcp"}, {"8", "egp"}, {"12", "pup"}, {"17", "udp"}, {"22", "idp"}, {"29", "iso-tp4"}, {"33", "dccp"},
        {"41", "ipv6"}, {"43", "ipv6-route"}, {"44", "ipv6-frag"}, {"46", "rsvp"}, {"47", "gre"}, {"50", "esp"},
        {"51", "ah"}, {"58", "ipv6-icmp"}, {"59", "ipv6-nonxt"}, {"60", "ipv6-opts"}, {"94", "ipip"},
        {"98", "encap"}, {"103", "pim"}, {"108", "ipcomp"}, {"112", "vrrp"}, {"115", "l2tp"}, {"132", "sctp"},
        {"136", "udplite"}, {"137", "mpls-in-ip"}, {"143", "ethernet"}, {"262", "mptcp"}};

    /** inet_proto_a2n: a name from /etc/protocols or a number up to 255; null when invalid. */
    static Integer ipProto(String s) {
        for (String[] e : IP_PROTOS) if (e[1].equalsIgnoreCase(s) && Integer.parseInt(e[0]) < 256) return Integer.parseInt(e[0]);
        Long v = IpRoute.unsigned(s);
        return v == null || v > 255 ? null : v.intValue();
    }

    /** inet_proto_n2a. */
    static String ipProtoName(int p) {
        for (String[] e : IP_PROTOS) if (Integer.parseInt(e[0]) == p) return e[1];
        return Integer.toString(p);
    }

    /** rtnl_rtntype_a2n: route type names (most may be abbreviated, in this order), or a number. */
    static Integer rtnType(String s) {
        if (s.equals("local")) return 2;
        if (s.equals("nat")) return 10;
        if (linnet.tools.common.Args.matches(s, "broadcast") || s.equals("brd")) return 3;
        String[] names = {"anycast", "multicast", "prohibit", "unreachable", "blackhole", "xresolve", "unicast"};
        int[] ids = {4, 5, 8, 7, 6, 11, 1};
        for (int i = 0; i < names.length; i++) if (linnet.tools.common.Args.matches(s, names[i])) return ids[i];
        if (s.equals("throw")) return 9;
        Long v = IpRoute.unsigned(s);
        return v == null || v > 255 ? null : v.intValue();
    }

    /** rtnl_rtntype_n2a (ip/rtm_map.c): RTN_UNSPEC is "none"; -Numeric prints every type as its number. */
    String rtnTypeName(int t) {
        if (numeric) return Integer.toString(t);
        if (t == 0) return "none";
        return t > 0 && t < IpRoute.TYPES.length ? IpRoute.TYPES[t] : Integer.toString(t);
    }
}
