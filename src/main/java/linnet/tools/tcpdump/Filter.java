package linnet.tools.tcpdump;

/**
 * A compiled pcap-filter expression: a tree of primitives, evaluated against each frame the way
 * the BPF program libpcap generates would (a load beyond the frame rejects it). In a live
 * capture the kernel has the first VLAN tag out of the frame (ancillary data), so primitives
 * look past it and "vlan" tests it; in a file the tag is in the bytes and each "vlan" moves the
 * later primitives 4 bytes on, as gen_vlan does.
 */
interface Filter {
    boolean matches(Pkt p);

    default boolean matches(byte[] data, int dlt, boolean live) {
        try {
            return matches(new Pkt(data, dlt, live));
        } catch (IndexOutOfBoundsException e) {
            return false;
        }
    }

    /** The frame and where its layers start (after {@code depth} VLAN tags in a file). */
    final class Pkt {
        final byte[] b;
        final int dlt;
        final boolean live;

        Pkt(byte[] b, int dlt, boolean live) {
            this.b = b;
            this.dlt = dlt;
            this.live = live;
        }

        int len() { return b.length; }

        /** Offset of the link-layer type field (-1: none, raw IP). */
        int typeOff(int depth) {
            if (dlt == PrintEther.DLT_LINUX_SLL2) return depth == 0 ? 0 : 16 + 4 * depth;
            if (dlt == PrintEther.DLT_RAW) return -1;
            int skip = live ? (tagged(12) ? 1 : 0) + depth : depth;
            return 12 + 4 * skip;
        }

        private boolean tagged(int o) {
            if (o + 2 > b.length) return false;
            int t = u16(o);
            return t == 0x8100 || t == 0x88a8;
        }

        int ethertype(int depth) {
            int o = typeOff(depth);
            if (o < 0) return b.length > 0 && ((b[0] & 0xff) >>> 4) == 6 ? 0x86dd : 0x0800;
            return u16(o);
        }

        int net(int depth) {
            int o = typeOff(depth);
            return o < 0 ? 0 : dlt == PrintEther.DLT_LINUX_SLL2 ? (depth == 0 ? 20 : o + 2) : o + 2;
        }

        /** The first VLAN tag's TCI (live: the kernel's metadata, here the re-inserted tag), -1 without. */
        int vlan(int depth) {
            if (dlt != PrintEther.DLT_EN10MB) return -1;
            int o = live ? 12 : 12 + 4 * depth;
            if (!tagged(o)) return -1;
            return u16(o + 2);
        }

        int u8(int o) { return b[o] & 0xff; }

        int u16(int o) { return ((b[o] & 0xff) << 8) | (b[o + 1] & 0xff); }

        long u32(int o) { return ((long) u16(o) << 16) | u16(o + 2); }

        boolean ip(int depth) { return ethertype(depth) == 0x0800; }

        boolean ip6(int depth) { return ethertype(depth) == 0x86dd; }

        /** The IPv4 protocol / IPv6 next header (-1 for neither). */
        int proto(int depth) {
            int n = net(depth);
            if (ip(depth)) return u8(n + 9);
            if (ip6(depth)) return u8(n + 6);
            return -1;
        }

        /** Where the transport header starts (IPv4: after its options; -1 for a later fragment). */
        int transport(int depth) {
            int n = net(depth);
            if (ip(depth)) return (u16(n + 6) & 0x1fff) != 0 ? -1 : n + (u8(n) & 0xf) * 4;
            if (ip6(depth)) return n + 40;
            return -1;
        }
    }

    record And(Filter a, Filter b) implements Filter {
        public boolean matches(Pkt p) { return a.matches(p) && b.matches(p); }
    }

    record Or(Filter a, Filter b) implements Filter {
        public boolean matches(Pkt p) { return a.matches(p) || b.matches(p); }
    }

    record Not(Filter a) implements Filter {
        public boolean matches(Pkt p) { return !a.matches(p); }
    }

    /** ether/ip/ip6/arp/rarp (an ethertype), or an IP protocol over IPv4 and/or IPv6. */
    record Proto(int ethertype, int ipProto, boolean v4, boolean v6, int depth) implements Filter {
        public boolean matches(Pkt p) {
            if (ipProto < 0) return p.ethertype(depth) == ethertype;
            if (v4 && p.ip(depth) && p.u8(p.net(depth) + 9) == ipProto) return true;
            return v6 && p.ip6(depth) && p.u8(p.net(depth) + 6) == ipProto;
        }
    }

    /** dir: 1 src, 2 dst, 3 src or dst, 4 src and dst. */
    record Host(int dir, byte[] addr, byte[] mask, boolean ipOnly, boolean arp, int depth) implements Filter {
        public boolean matches(Pkt p) {
            int n = p.net(depth);
            if (addr.length == 4) {
                if (p.ip(depth)) return dirMatch(p, n + 12, n + 16);
                if (!ipOnly && arp && (p.ethertype(depth) == 0x0806 || p.ethertype(depth) == 0x8035)) return dirMatch(p, n + 14, n + 24);
                return false;
            }
            return p.ip6(depth) && dirMatch(p, n + 8, n + 24);
        }

        private boolean dirMatch(Pkt p, int s, int d) {
            return switch (dir) {
                case 1 -> eq(p, s);
                case 2 -> eq(p, d);
                case 4 -> eq(p, s) && eq(p, d);
                default -> eq(p, s) || eq(p, d);
            };
        }

        private boolean eq(Pkt p, int o) {
            for (int i = 0; i < addr.length; i++) if ((p.b[o + i] & mask[i]) != (addr[i] & mask[i])) return false;
            return true;
        }
    }

    record EtherHost(int dir, long mac) implements Filter {
        public boolean matches(Pkt p) {
            if (p.dlt != PrintEther.DLT_EN10MB) return false;
            long d = mac(p, 0), s = mac(p, 6);
            return switch (dir) {
                case 1 -> s == mac;
                case 2 -> d == mac;
                case 4 -> s == mac && d == mac;
                default -> s == mac || d == mac;
            };
        }

        static long mac(Pkt p, int o) { return ((long) p.u16(o) << 32) | p.u32(o + 2); }
    }

    /** ether broadcast / multicast (the destination's group bit), and ip/ip6 multicast. */
    record Cast(int kind, int depth) implements Filter {
        public boolean matches(Pkt p) {
            return switch (kind) {
                case 0 -> p.dlt == PrintEther.DLT_EN10MB && EtherHost.mac(p, 0) == 0xffff_ffff_ffffL;
                case 1 -> p.dlt == PrintEther.DLT_EN10MB && (p.u8(0) & 1) != 0;
                case 2 -> p.ip(depth) && p.u8(p.net(depth) + 16) >= 224;
                case 3 -> p.ip6(depth) && p.u8(p.net(depth) + 24) == 0xff;
                default -> false;
            };
        }
    }

    /** [tcp|udp] [src|dst] port / portrange over IPv4 and IPv6 (not a later fragment). */
    record Port(int dir, int proto, int lo, int hi, int depth) implements Filter {
        public boolean matches(Pkt p) {
            int pr = p.proto(depth);
            if (pr < 0) return false;
            if (proto >= 0 ? pr != proto : pr != 6 && pr != 17 && pr != 132) return false;
            int t = p.transport(depth);
            if (t < 0) return false;
            int s = p.u16(t), d = p.u16(t + 2);
            return switch (dir) {
                case 1 -> in(s);
                case 2 -> in(d);
                case 4 -> in(s) && in(d);
                default -> in(s) || in(d);
            };
        }

        private boolean in(int x) { return x >= lo && x <= hi; }
    }

    record Vlan(int id, int depth) implements Filter {
        public boolean matches(Pkt p) {
            int tci = p.vlan(depth);
            return tci >= 0 && (id < 0 || (tci & 0xfff) == id);
        }
    }

    /** greater N / less N: the frame's length. */
    record Len(boolean greater, int n) implements Filter {
        public boolean matches(Pkt p) { return greater ? p.len() >= n : p.len() <= n; }
    }

    /** An arithmetic expression of a relation (the values BPF computes, 32 bits unsigned). */
    interface Arith {
        long value(Pkt p);
    }

    record Num(long v) implements Arith {
        public long value(Pkt p) { return v; }
    }

    record PktLen() implements Arith {
        public long value(Pkt p) { return p.len(); }
    }

    /** proto[off:size]: 0 link, 1 network (ip/ip6/arp), 2 transport over IPv4 (tcp, udp, icmp), 3 ip6 transport (icmp6). */
    record Load(int base, int requireEthertype, int requireProto, Arith off, int size, int depth) implements Arith {
        public long value(Pkt p) {
            int o;
            switch (base) {
                case 0 -> o = 0;
                case 1 -> {
                    if (requireEthertype >= 0 && p.ethertype(depth) != requireEthertype) throw new IndexOutOfBoundsException();
                    o = p.net(depth);
                }
                default -> {
                    if (p.ethertype(depth) != requireEthertype || p.proto(depth) != requireProto) throw new IndexOutOfBoundsException();
                    o = p.transport(depth);
                    if (o < 0) throw new IndexOutOfBoundsException();
                }
            }
            o += (int) off.value(p);
            return switch (size) {
                case 2 -> p.u16(o);
                case 4 -> p.u32(o);
                default -> p.u8(o);
            };
        }
    }

    record Bin(char op, Arith a, Arith b) implements Arith {
        public long value(Pkt p) {
            long x = a.value(p), y = b.value(p);
            long r = switch (op) {
                case '+' -> x + y;
                case '-' -> x - y;
                case '*' -> x * y;
                case '/' -> {
                    if (y == 0) throw new IndexOutOfBoundsException();
                    yield x / y;
                }
                case '%' -> {
                    if (y == 0) throw new IndexOutOfBoundsException();
                    yield x % y;
                }
                case '&' -> x & y;
                case '|' -> x | y;
                case '^' -> x ^ y;
                case '<' -> x << y;
                case '>' -> x >>> y;
                default -> 0;
            };
            return r & 0xffffffffL;
        }
    }

    record Rel(String op, Arith a, Arith b) implements Filter {
        public boolean matches(Pkt p) {
            long x = a.value(p), y = b.value(p);
            return switch (op) {
                case ">" -> x > y;
                case "<" -> x < y;
                case ">=" -> x >= y;
                case "<=" -> x <= y;
                case "!=" -> x != y;
                default -> x == y;
            };
        }
    }
}
