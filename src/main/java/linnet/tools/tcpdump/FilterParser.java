package linnet.tools.tcpdump;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import linnet.tools.common.Ctx;

/**
 * pcap_compile for the pcap-filter(7) subset tcpdump users type: protocols (ether ip ip6 arp
 * rarp tcp udp icmp icmp6 sctp igmp), [src|dst] host/net/port/portrange with the qualifiers a
 * bare value after and/or inherits, ether host/broadcast/multicast, vlan [ID], greater/less,
 * relations over proto[off:size] with the named offsets and flags (tcpflags, tcp-syn, icmptype
 * ...), not/!/and/&&/or/|| (and and or of equal precedence, left to right) and parentheses.
 * Errors carry libpcap's words; an expression no packet can satisfy is refused as the optimizer
 * refuses it.
 */
final class FilterParser {
    /** A compile error: the text after "tcpdump: ". */
    static final class FilterException extends Exception {
        FilterException(String m) { super(m, null, false, false); }
    }

    private static final String SYNTAX = "can't parse filter expression: syntax error";

    private final List<String> toks;
    private int pos;
    private final Ctx ctx;
    private int vlanDepth;
    private boolean usedVlan;
    /** The qualifiers of the last primitive: a bare value after and/or takes them again. */
    private String lastProto, lastDir, lastType;

    private FilterParser(List<String> toks, Ctx ctx) {
        this.toks = toks;
        this.ctx = ctx;
    }

    static Filter compile(String expr, int dlt, Ctx ctx) throws FilterException {
        List<String> toks = lex(expr);
        if (toks.isEmpty()) return null;
        FilterParser p = new FilterParser(toks, ctx);
        Node n = p.expr();
        if (p.pos != toks.size()) throw new FilterException(SYNTAX);
        if (!p.usedVlan && n.domain.isEmpty()) throw new FilterException("expression rejects all packets");
        return n.f;
    }

    /** A compiled piece and the (family:protocol) packets it can match, for the rejects-all check. */
    private record Node(Filter f, Set<String> domain) {}

    private static final Set<String> ANY = Set.of("*");

    // ------------------------------------------------------------------ lexer

    static List<String> lex(String s) throws FilterException {
        List<String> t = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
            if (two.equals("&&") || two.equals("||") || two.equals("!=") || two.equals(">=") || two.equals("<=") || two.equals("==")
                    || two.equals("<<") || two.equals(">>")) {
                t.add(two);
                i += 2;
                continue;
            }
            if ("()[]!&|+*/%^<>=".indexOf(c) >= 0 || (c == '-' && !wordStart(s, i))) {
                t.add(String.valueOf(c));
                i++;
                continue;
            }
            if (c == ':' && (i + 1 >= s.length() || s.charAt(i + 1) != ':')) {
                t.add(":");
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '.') {
                int j = i;
                while (j < s.length()) {
                    char d = s.charAt(j);
                    if (Character.isLetterOrDigit(d) || d == '_' || d == '.' || d == '-') j++;
                    else if (d == ':' && !(inBracket(t) && !hexish(s, i, j))) j++;
                    else break;
                }
                // "::" inside proto[...]: tcpdump's lexer reads an IPv6 address there, which the
                // grammar does not take (and this lexer must always move on)
                if (j == i) throw new FilterException(SYNTAX);
                t.add(s.substring(i, j));
                i = j;
                continue;
            }
            throw new FilterException(SYNTAX);
        }
        return t;
    }

    private static boolean wordStart(String s, int i) { return false; }

    /** Inside proto[...] a ':' separates the size, unless the word so far is an address. */
    private static boolean inBracket(List<String> t) {
        int depth = 0;
        for (String x : t) {
            if (x.equals("[")) depth++;
            else if (x.equals("]")) depth--;
        }
        return depth > 0;
    }

    private static boolean hexish(String s, int i, int j) { return false; }

    // ------------------------------------------------------------------ parser

    private String peek() { return pos < toks.size() ? toks.get(pos) : null; }

    private String next() throws FilterException {
        if (pos >= toks.size()) throw new FilterException(SYNTAX);
        return toks.get(pos++);
    }

    private boolean accept(String s) {
        if (s.equals(peek())) {
            pos++;
            return true;
        }
        return false;
    }

    private Node expr() throws FilterException {
        Node a = unary();
        while (true) {
            String t = peek();
            if (t == null) return a;
            boolean and = t.equals("and") || t.equals("&&");
            boolean or = t.equals("or") || t.equals("||");
            if (!and && !or) return a;
            pos++;
            Node b = isBareValue(peek()) && lastType != null ? inherited() : unary();
            a = and ? new Node(new Filter.And(a.f, b.f), intersect(a.domain, b.domain)) : new Node(new Filter.Or(a.f, b.f), union(a.domain, b.domain));
        }
    }

    private Node unary() throws FilterException {
        String t = peek();
        if (t == null) throw new FilterException(SYNTAX);
        if (t.equals("not") || t.equals("!")) {
            pos++;
            Node a = unary();
            return new Node(new Filter.Not(a.f), ANY);
        }
        if (t.equals("(")) {
            pos++;
            Node a = expr();
            if (!accept(")")) throw new FilterException(SYNTAX);
            return a;
        }
        return primitive();
    }

    private static final Set<String> PROTOS = Set.of("ether", "ip", "ip6", "arp", "rarp", "tcp", "udp", "icmp", "icmp6", "sctp", "igmp", "link");
    private static final Set<String> TYPES = Set.of("host", "net", "port", "portrange");

    private boolean isBareValue(String t) {
        if (t == null) return false;
        if (t.equals("(") || t.equals("not") || t.equals("!")) return false;
        if (PROTOS.contains(t) || TYPES.contains(t) || t.equals("src") || t.equals("dst")) return false;
        if (KEYWORDS.contains(t)) return false;
        if (pos + 1 < toks.size() && (toks.get(pos + 1).equals("[") || isRelop(toks.get(pos + 1)) || isArithOp(toks.get(pos + 1)))) return false;
        return Character.isLetterOrDigit(t.charAt(0)) || t.charAt(0) == ':';
    }

    private static final Set<String> KEYWORDS = Set.of("vlan", "greater", "less", "broadcast", "multicast", "len", "and", "or");

    private Node inherited() throws FilterException {
        String v = next();
        return value(lastProto, lastDir, lastType, v);
    }

    private Node primitive() throws FilterException {
        String t = peek();
        if (startsArith()) return relation();
        switch (t) {
            case "greater", "less" -> {
                pos++;
                String n = next();
                Long v = TcpdumpOptions.strtol(n);
                if (v == null || !Character.isDigit(n.charAt(0))) throw new FilterException(SYNTAX);
                return new Node(new Filter.Len(t.equals("greater"), (int) (long) v), ANY);
            }
            case "vlan" -> {
                pos++;
                int id = -1;
                String n = peek();
                if (n != null && !n.isEmpty() && Character.isDigit(n.charAt(0)) && TcpdumpOptions.strtol(n) != null) {
                    pos++;
                    id = (int) (long) TcpdumpOptions.strtol(n);
                    if (id > 4095) throw new FilterException("VLAN tag " + id + " greater than maximum 4095");
                }
                usedVlan = true;
                Filter f = new Filter.Vlan(id, vlanDepth);
                vlanDepth++;
                return new Node(f, ANY);
            }
            case "broadcast" -> {
                pos++;
                return new Node(new Filter.Cast(0, vlanDepth), ANY);
            }
            case "multicast" -> {
                pos++;
                return new Node(new Filter.Cast(1, vlanDepth), ANY);
            }
            default -> { }
        }
        String proto = null, dir = null, type = null;
        if (PROTOS.contains(t)) {
            proto = t;
            pos++;
        }
        if ("src".equals(peek()) || "dst".equals(peek())) {
            dir = next();
            if (("or".equals(peek()) || "and".equals(peek())) && pos + 1 < toks.size()
                    && (toks.get(pos + 1).equals("src") || toks.get(pos + 1).equals("dst")) && !toks.get(pos + 1).equals(dir)) {
                String op = next();
                next();
                dir = op.equals("or") ? "src or dst" : "src and dst";
            }
        }
        if (peek() != null && TYPES.contains(peek())) type = next();
        if (proto != null && dir == null && type == null) {
            String n = peek();
            if ("broadcast".equals(n) || "multicast".equals(n)) {
                pos++;
                int kind = proto.equals("ether") ? (n.equals("broadcast") ? 0 : 1) : proto.equals("ip") ? (n.equals("multicast") ? 2 : -1)
                        : proto.equals("ip6") && n.equals("multicast") ? 3 : -1;
                if (kind < 0) throw new FilterException(SYNTAX);
                return new Node(new Filter.Cast(kind, vlanDepth), ANY);
            }
            if (n != null && (PROTOS.contains(n) || n.equals("proto"))) {
                // "ip proto N" and "ether proto N"
                if (n.equals("proto")) {
                    pos++;
                    String v = next();
                    Long num = TcpdumpOptions.strtol(v);
                    if (num == null) num = (long) protoNumber(v);
                    lastType = null;
                    if (proto.equals("ether")) return new Node(new Filter.Proto((int) (long) num, -1, false, false, vlanDepth), ANY);
                    boolean v4 = !proto.equals("ip6"), v6 = !proto.equals("ip");
                    return new Node(new Filter.Proto(0, (int) (long) num, v4, v6, vlanDepth), ANY);
                }
            }
            if (isValue(n) && !proto.equals("ether")) {
                // "tcp 22" is not a thing: a protocol then a value without a type
                throw new FilterException(SYNTAX);
            }
            lastProto = null;
            lastType = null;
            return protoNode(proto);
        }
        String v = next();
        if (!isValue(v)) throw new FilterException(SYNTAX);
        if (type == null) type = "host";
        return value(proto, dir, type, v);
    }

    private boolean isValue(String t) {
        return t != null && (Character.isLetterOrDigit(t.charAt(0)) || t.charAt(0) == ':') && !KEYWORDS.contains(t)
                && !t.equals("not") && !PROTOS.contains(t) && !TYPES.contains(t) && !t.equals("src") && !t.equals("dst");
    }

    private static int protoNumber(String n) throws FilterException {
        return switch (n) {
            case "icmp" -> 1;
            case "igmp" -> 2;
            case "tcp" -> 6;
            case "udp" -> 17;
            case "icmp6" -> 58;
            case "sctp" -> 132;
            default -> throw new FilterException(SYNTAX);
        };
    }

    private Node protoNode(String proto) {
        int d = vlanDepth;
        return switch (proto) {
            case "ip" -> new Node(new Filter.Proto(0x0800, -1, false, false, d), Set.of("ip:*"));
            case "ip6" -> new Node(new Filter.Proto(0x86dd, -1, false, false, d), Set.of("ip6:*"));
            case "arp" -> new Node(new Filter.Proto(0x0806, -1, false, false, d), Set.of("arp"));
            case "rarp" -> new Node(new Filter.Proto(0x8035, -1, false, false, d), Set.of("rarp"));
            case "tcp" -> new Node(new Filter.Proto(0, 6, true, true, d), Set.of("ip:6", "ip6:6"));
            case "udp" -> new Node(new Filter.Proto(0, 17, true, true, d), Set.of("ip:17", "ip6:17"));
            case "sctp" -> new Node(new Filter.Proto(0, 132, true, true, d), Set.of("ip:132", "ip6:132"));
            case "icmp" -> new Node(new Filter.Proto(0, 1, true, false, d), Set.of("ip:1"));
            case "igmp" -> new Node(new Filter.Proto(0, 2, true, false, d), Set.of("ip:2"));
            case "icmp6" -> new Node(new Filter.Proto(0, 58, false, true, d), Set.of("ip6:58"));
            default -> new Node(p -> true, ANY);
        };
    }

    private static int dirCode(String dir) {
        if (dir == null) return 3;
        return switch (dir) {
            case "src" -> 1;
            case "dst" -> 2;
            case "src and dst" -> 4;
            default -> 3;
        };
    }

    /** A qualified value: host/net/port/portrange with its protocol and direction. */
    private Node value(String proto, String dir, String type, String v) throws FilterException {
        lastProto = proto;
        lastDir = dir;
        lastType = type;
        int d = dirCode(dir);
        switch (type) {
            case "port", "portrange" -> {
                if (proto != null && !proto.equals("tcp") && !proto.equals("udp") && !proto.equals("sctp") && !proto.equals("ip") && !proto.equals("ip6"))
                    throw new FilterException("illegal qualifier of 'port'");
                int lo, hi;
                String ps = proto != null && (proto.equals("tcp") || proto.equals("udp")) ? proto : "tcp";
                if (type.equals("portrange")) {
                    int dash = v.indexOf('-', 1);
                    if (dash < 0) throw new FilterException(SYNTAX);
                    lo = port(v.substring(0, dash), ps);
                    hi = port(v.substring(dash + 1), ps);
                    if (lo > hi) {
                        int x = lo;
                        lo = hi;
                        hi = x;
                    }
                } else lo = hi = port(v, ps);
                int pr = "tcp".equals(proto) ? 6 : "udp".equals(proto) ? 17 : "sctp".equals(proto) ? 132 : -1;
                Set<String> dom = new HashSet<>();
                for (int x : pr >= 0 ? new int[] {pr} : new int[] {6, 17, 132}) {
                    if (!"ip6".equals(proto)) dom.add("ip:" + x);
                    if (!"ip".equals(proto)) dom.add("ip6:" + x);
                }
                Filter f = new Filter.Port(d, pr, lo, hi, vlanDepth);
                if ("ip".equals(proto)) f = new Filter.And(new Filter.Proto(0x0800, -1, false, false, vlanDepth), f);
                if ("ip6".equals(proto)) f = new Filter.And(new Filter.Proto(0x86dd, -1, false, false, vlanDepth), f);
                return new Node(f, dom);
            }
            case "net" -> {
                return net(proto, d, v);
            }
            default -> {
                if ("ether".equals(proto)) {
                    long mac = mac(v);
                    return new Node(new Filter.EtherHost(d, mac), ANY);
                }
                if (proto != null && !proto.equals("ip") && !proto.equals("ip6") && !proto.equals("arp") && !proto.equals("rarp"))
                    throw new FilterException("illegal qualifier of 'host'");
                if (v.contains(":")) {
                    byte[] a;
                    try {
                        a = linnet.wire.Inet6.parse(v);
                    } catch (RuntimeException e) {
                        a = null;
                    }
                    if (a == null) throw new FilterException("invalid ip6 address " + v);
                    if ("ip".equals(proto) || "arp".equals(proto)) throw new FilterException("'ip6addr' modifier applied to ip host");
                    return new Node(new Filter.Host(d, a, ones(16), true, false, vlanDepth), Set.of("ip6:*"));
                }
                byte[] a = host4(v);
                boolean ipOnly = "ip".equals(proto);
                boolean arp = proto == null || proto.equals("arp") || proto.equals("rarp");
                Filter f = new Filter.Host(d, a, ones(4), ipOnly, arp, vlanDepth);
                if ("arp".equals(proto)) return new Node(new Filter.And(protoNode("arp").f, f), Set.of("arp"));
                if ("rarp".equals(proto)) return new Node(new Filter.And(protoNode("rarp").f, f), Set.of("rarp"));
                if ("ip6".equals(proto)) throw new FilterException("'ip' modifier applied to ip6 host");
                return new Node(f, ipOnly ? Set.of("ip:*") : Set.of("ip:*", "arp", "rarp"));
            }
        }
    }

    private static byte[] ones(int n) {
        byte[] m = new byte[n];
        java.util.Arrays.fill(m, (byte) 0xff);
        return m;
    }

    private byte[] host4(String v) throws FilterException {
        Integer a = dotted(v);
        if (a == null) {
            linnet.tools.common.Resolver.Result r = ctx == null ? null : linnet.tools.common.Resolver.resolve4(ctx, v);
            if (r == null || !r.ok()) throw new FilterException("unknown host '" + v + "'");
            a = r.address();
        }
        return new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) (int) a};
    }

    /** A dotted quad (1 to 4 decimal parts, as pcap's lexer takes "10.0"), or null. */
    private static Integer dotted(String v) {
        if (!v.matches("\\d+(\\.\\d+){3}")) return null;
        String[] p = v.split("\\.");
        int a = 0;
        for (String x : p) {
            int n = Integer.parseInt(x.length() > 3 ? "999" : x);
            if (n > 255) return null;
            a = (a << 8) | n;
        }
        return a;
    }

    private Node net(String proto, int d, String v) throws FilterException {
        if (v.contains(":")) throw new FilterException(SYNTAX);
        int len;
        String addr = v;
        if (accept("/")) {
            String l = next();
            if (!l.matches("\\d+")) throw new FilterException(SYNTAX);
            len = Integer.parseInt(l);
            if (len > 32) throw new FilterException("mask length must be <= 32");
        } else if (accept("mask")) {
            Integer m = dotted(next());
            if (m == null) throw new FilterException(SYNTAX);
            len = Integer.bitCount(m);
        } else {
            String[] parts = addr.split("\\.");
            len = 8 * parts.length;
            StringBuilder sb = new StringBuilder(addr);
            for (int i = parts.length; i < 4; i++) sb.append(".0");
            addr = sb.toString();
        }
        String[] parts = addr.split("\\.");
        if (parts.length < 4) {
            StringBuilder sb = new StringBuilder(addr);
            for (int i = parts.length; i < 4; i++) sb.append(".0");
            addr = sb.toString();
        }
        Integer a = dotted(addr);
        if (a == null) throw new FilterException(SYNTAX);
        int mask = len == 0 ? 0 : -1 << (32 - len);
        if ((a & ~mask) != 0) throw new FilterException("non-network bits set in \"" + v + (len != 8 * v.split("\\.").length || v.contains("/") ? "/" + len : "") + "\"");
        byte[] ab = {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) (int) a};
        byte[] mb = {(byte) (mask >>> 24), (byte) (mask >>> 16), (byte) (mask >>> 8), (byte) mask};
        boolean ipOnly = "ip".equals(proto);
        return new Node(new Filter.Host(d, ab, mb, ipOnly, !ipOnly, vlanDepth), ipOnly ? Set.of("ip:*") : Set.of("ip:*", "arp", "rarp"));
    }

    private static int port(String v, String proto) throws FilterException {
        if (!v.isEmpty() && Character.isDigit(v.charAt(0))) {
            Long n = TcpdumpOptions.strtol(v);
            if (n == null) throw new FilterException(SYNTAX);
            if (n > 65535) throw new FilterException("illegal port number " + n + " > 65535");
            return (int) (long) n;
        }
        Integer p = linnet.tools.common.Services.port(v, proto);
        if (p == null) p = linnet.tools.common.Services.port(v, proto.equals("tcp") ? "udp" : "tcp");
        if (p == null) throw new FilterException("unknown port '" + v + "'");
        return p;
    }

    private static long mac(String v) throws FilterException {
        String[] p = v.split("[:.-]");
        if (p.length != 6) throw new FilterException("bogus ethernet address " + v);
        long m = 0;
        for (String x : p) {
            if (x.isEmpty() || x.length() > 2) throw new FilterException("bogus ethernet address " + v);
            try {
                m = (m << 8) | Integer.parseInt(x, 16);
            } catch (NumberFormatException e) {
                throw new FilterException("bogus ethernet address " + v);
            }
        }
        return m;
    }

    // ------------------------------------------------------------------ relations

    private static boolean isRelop(String t) {
        return t != null && (t.equals(">") || t.equals("<") || t.equals(">=") || t.equals("<=") || t.equals("=") || t.equals("==") || t.equals("!="));
    }

    private static boolean isArithOp(String t) {
        return t != null && t.length() <= 2 && "+-*/%&|^<<>>".contains(t) && !t.equals("|") && !t.equals("||") && !t.equals("&&")
                && !t.equals("&") ? true : t != null && (t.equals("&") || t.equals("|"));
    }

    private boolean startsArith() {
        String t = peek();
        if (t == null) return false;
        if (t.equals("len")) return true;
        if (Character.isDigit(t.charAt(0)) && pos + 1 < toks.size() && (isRelop(toks.get(pos + 1)) || arithOp(toks.get(pos + 1)))) return true;
        return (PROTOS.contains(t) || t.equals("vlan")) && pos + 1 < toks.size() && toks.get(pos + 1).equals("[");
    }

    private static boolean arithOp(String t) {
        return switch (t) {
            case "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>" -> true;
            default -> false;
        };
    }

    private Node relation() throws FilterException {
        Filter.Arith a = arith();
        String op = next();
        if (!isRelop(op)) throw new FilterException(SYNTAX);
        Filter.Arith b = arith();
        lastType = null;
        return new Node(new Filter.Rel(op, a, b), ANY);
    }

    private static int prec(String op) {
        return switch (op) {
            case "|" -> 1;
            case "^" -> 2;
            case "&" -> 3;
            case "<<", ">>" -> 4;
            case "+", "-" -> 5;
            default -> 6;
        };
    }

    private Filter.Arith arith() throws FilterException { return arith(1); }

    private Filter.Arith arith(int minPrec) throws FilterException {
        Filter.Arith a = atom();
        while (peek() != null && arithOp(peek()) && prec(peek()) >= minPrec) {
            String op = next();
            Filter.Arith b = arith(prec(op) + 1);
            char c = op.equals("<<") ? '<' : op.equals(">>") ? '>' : op.charAt(0);
            a = new Filter.Bin(c, a, b);
        }
        return a;
    }

    private Filter.Arith atom() throws FilterException {
        String t = next();
        if (t.equals("(")) {
            Filter.Arith a = arith();
            if (!accept(")")) throw new FilterException(SYNTAX);
            return a;
        }
        if (t.equals("len")) return new Filter.PktLen();
        Long n = constant(t);
        if (n != null) return new Filter.Num(n);
        if ((PROTOS.contains(t) || t.equals("vlan")) && accept("[")) {
            Filter.Arith off = arith();
            int size = 1;
            if (accept(":")) {
                String s = next();
                if (!s.equals("1") && !s.equals("2") && !s.equals("4")) throw new FilterException("data size must be 1, 2, or 4");
                size = Integer.parseInt(s);
            }
            if (!accept("]")) throw new FilterException(SYNTAX);
            int d = vlanDepth;
            return switch (t) {
                case "ether", "link" -> new Filter.Load(0, -1, -1, off, size, d);
                case "ip" -> new Filter.Load(1, 0x0800, -1, off, size, d);
                case "ip6" -> new Filter.Load(1, 0x86dd, -1, off, size, d);
                case "arp" -> new Filter.Load(1, 0x0806, -1, off, size, d);
                case "rarp" -> new Filter.Load(1, 0x8035, -1, off, size, d);
                case "tcp" -> new Filter.Load(2, 0x0800, 6, off, size, d);
                case "udp" -> new Filter.Load(2, 0x0800, 17, off, size, d);
                case "icmp" -> new Filter.Load(2, 0x0800, 1, off, size, d);
                case "igmp" -> new Filter.Load(2, 0x0800, 2, off, size, d);
                case "sctp" -> new Filter.Load(2, 0x0800, 132, off, size, d);
                case "icmp6" -> new Filter.Load(2, 0x86dd, 58, off, size, d);
                default -> throw new FilterException(SYNTAX);
            };
        }
        throw new FilterException(SYNTAX);
    }

    /** Numbers and the names pcap-filter gives offsets and flag values. */
    private static Long constant(String t) {
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) return TcpdumpOptions.strtol(t);
        return switch (t) {
            case "tcpflags" -> 13L;
            case "tcp-fin" -> 0x01L;
            case "tcp-syn" -> 0x02L;
            case "tcp-rst" -> 0x04L;
            case "tcp-push" -> 0x08L;
            case "tcp-ack" -> 0x10L;
            case "tcp-urg" -> 0x20L;
            case "tcp-ece" -> 0x40L;
            case "tcp-cwr" -> 0x80L;
            case "icmptype" -> 0L;
            case "icmpcode" -> 1L;
            case "icmp-echoreply" -> 0L;
            case "icmp-unreach" -> 3L;
            case "icmp-sourcequench" -> 4L;
            case "icmp-redirect" -> 5L;
            case "icmp-echo" -> 8L;
            case "icmp-routeradvert" -> 9L;
            case "icmp-routersolicit" -> 10L;
            case "icmp-timxceed" -> 11L;
            case "icmp-paramprob" -> 12L;
            case "icmp-tstamp" -> 13L;
            case "icmp-tstampreply" -> 14L;
            case "icmp-ireq" -> 15L;
            case "icmp-ireqreply" -> 16L;
            case "icmp-maskreq" -> 17L;
            case "icmp-maskreply" -> 18L;
            case "icmp6type" -> 0L;
            case "icmp6code" -> 1L;
            case "icmp6-echo" -> 128L;
            case "icmp6-echoreply" -> 129L;
            case "icmp6-neighborsolicit" -> 135L;
            case "icmp6-neighboradvert" -> 136L;
            case "icmp6-routersolicit" -> 133L;
            case "icmp6-routeradvert" -> 134L;
            default -> null;
        };
    }

    // ------------------------------------------------------------------ rejects-all

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (a.contains("*") || b.contains("*")) return ANY;
        Set<String> s = new HashSet<>(a);
        s.addAll(b);
        return s;
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        if (a.contains("*")) return b;
        if (b.contains("*")) return a;
        Set<String> s = new HashSet<>();
        for (String x : a) for (String y : b) {
            String m = meet(x, y);
            if (m != null) s.add(m);
        }
        return s;
    }

    private static String meet(String x, String y) {
        if (x.equals(y)) return x;
        String fx = x.contains(":") ? x.substring(0, x.indexOf(':')) : x, fy = y.contains(":") ? y.substring(0, y.indexOf(':')) : y;
        if (!fx.equals(fy)) return null;
        if (x.endsWith(":*")) return y;
        if (y.endsWith(":*")) return x;
        return null;
    }
}
