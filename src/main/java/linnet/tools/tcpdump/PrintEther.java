package linnet.tools.tcpdump;

/**
 * print-ether.c and print-sll.c: the link-layer headers (Ethernet with its 802.1Q tags, Linux
 * cooked v2 for "any", raw IP for tun) and the dispatch by ethertype to the protocol printers.
 */
final class PrintEther {
    private PrintEther() {}

    static final int DLT_EN10MB = 1, DLT_RAW = 12, DLT_LINUX_SLL = 113, DLT_LINUX_SLL2 = 276;

    /** ether_if_print: {@code b[0..caplen)} is the frame, {@code length} its length on the wire. */
    static void etherPrint(Ndo nd, byte[] b, int off, int length, int caplen) {
        int end = off + caplen;
        if (caplen < 14) throw new Ndo.Truncated("ether");
        int origLength = length;
        if (nd.eflag != 0) nd.print(nd.etheraddr(b, off + 6) + " > " + nd.etheraddr(b, off) + ", ");
        int p = off + 12;
        int type = Ndo.u16(b, p, end, "ether");
        p += 2;
        length -= 14;
        boolean printedLength = false;
        while (type == 0x8100 || type == 0x9100 || type == 0x9200 || type == 0x88a8) {
            if (end - p < 4 || length < 4) throw new Ndo.Truncated("vlan");
            if (nd.eflag != 0) {
                int tag = Ndo.u16(b, p, end, "vlan");
                typePrint(nd, type);
                if (!printedLength) {
                    nd.print(", length " + origLength + ": ");
                    printedLength = true;
                } else nd.print(", ");
                nd.print(tciString(tag) + ", ");
            }
            type = Ndo.u16(b, p + 2, end, "vlan");
            p += 4;
            length -= 4;
        }
        if (type <= 1500) {
            if (nd.eflag != 0) {
                nd.print("802.3");
                if (!printedLength) nd.print(", length " + Math.min(type, length) + ": ");
            }
            nd.print("LLC");
            return;
        }
        if (nd.eflag != 0) {
            typePrint(nd, type);
            nd.print(printedLength ? ", " : ", length " + origLength + ": ");
        }
        if (!ethertypePrint(nd, type, b, p, length, end)) {
            if (nd.eflag == 0) {
                nd.print(nd.etheraddr(b, off + 6) + " > " + nd.etheraddr(b, off) + ", ");
                typePrint(nd, type);
                nd.print(", length " + origLength + ": ");
            }
            PrintHex.defaultPrint(nd, b, p, end - p);
        }
    }

    /** ieee8021q_tci_string. */
    static String tciString(int tag) {
        return "vlan " + (tag & 0xfff) + ", p " + (tag >>> 13) + ((tag & 0x1000) != 0 ? ", DEI" : "");
    }

    private static void typePrint(Ndo nd, int type) {
        String n = Ndo.ethertype(type);
        if (nd.qflag == 0) nd.print("ethertype " + (n == null ? "Unknown" : n) + String.format(" (0x%04x)", type));
        else nd.print(n != null ? n : String.format("Unknown Ethertype (0x%04x)", type));
    }

    /** ethertype_print: false for a type nothing here prints. */
    static boolean ethertypePrint(Ndo nd, int type, byte[] b, int p, int length, int end) {
        switch (type) {
            case 0x0800 -> PrintIp.ipPrint(nd, b, p, length, end);
            case 0x86dd -> PrintIp6.ip6Print(nd, b, p, length, end);
            case 0x0806, 0x8035 -> PrintArp.arpPrint(nd, b, p, length, end);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static final String[] PKTTYPE = {"In", "B", "M", "P", "Out"};

    /** sll2_if_print: the 20-byte cooked header, then the payload by its protocol. */
    static void sll2Print(Ndo nd, byte[] b, int off, int length, int caplen, java.util.function.IntFunction<String> ifname) {
        int end = off + caplen;
        if (caplen < 20) throw new Ndo.Truncated("sll2");
        int protocol = Ndo.u16(b, off, end, "sll2");
        int ifindex = (int) Ndo.u32(b, off + 4, end, "sll2");
        int pkttype = b[off + 10] & 0xff;
        int halen = b[off + 11] & 0xff;
        String name = ifname.apply(ifindex);
        nd.print(String.format("%-5s ", name == null ? "?" : name));
        nd.print(String.format("%-3s ", pkttype < PKTTYPE.length ? PKTTYPE[pkttype] : "?"));
        if (nd.eflag != 0) sll2Header(nd, b, off, length, protocol, ifindex, halen);
        length -= 20;
        int p = off + 20;
        int type = protocol;
        while (true) {
            if (type <= 1500) {
                nd.print(type == 4 ? "LLC" : "");
                return;
            }
            if (type == 0x8100) {
                if (end - p < 4) throw new Ndo.Truncated("vlan");
                if (nd.eflag != 0) nd.print(tciString(Ndo.u16(b, p, end, "vlan")) + ", ");
                type = Ndo.u16(b, p + 2, end, "vlan");
                if (type <= 1500) type = 4;
                if (nd.qflag == 0) {
                    String n = Ndo.ethertype(type);
                    nd.print("ethertype " + (n == null ? "Unknown" : n) + ", ");
                }
                p += 4;
                length -= 4;
                continue;
            }
            if (!ethertypePrint(nd, type, b, p, length, end)) {
                if (nd.eflag == 0) sll2Header(nd, b, off, length + 20, protocol, ifindex, halen);
                PrintHex.defaultPrint(nd, b, p, end - p);
            }
            return;
        }
    }

    private static void sll2Header(Ndo nd, byte[] b, int off, int length, int protocol, int ifindex, int halen) {
        nd.print("ifindex " + Integer.toUnsignedString(ifindex) + " ");
        if (halen == 6) nd.print(nd.etheraddr(b, off + 12) + " ");
        if (nd.qflag == 0) {
            if (protocol <= 1500) {
                nd.print(protocol == 1 ? "802.3" : protocol == 4 ? "802.2" : String.format("ethertype Unknown (0x%04x)", protocol));
            } else {
                String n = Ndo.ethertype(protocol);
                nd.print("ethertype " + (n == null ? "Unknown" : n) + String.format(" (0x%04x)", protocol));
            }
            nd.print(", length " + length + ": ");
        }
    }

    /** raw_if_print: an IP packet with no link header (a tun device). */
    static void rawPrint(Ndo nd, byte[] b, int off, int length, int caplen) {
        int end = off + caplen;
        if (nd.eflag != 0) nd.print("ip: ");
        int v = caplen > 0 ? (b[off] & 0xff) >>> 4 : 0;
        if (v == 6) PrintIp6.ip6Print(nd, b, off, length, end);
        else if (v == 4) PrintIp.ipPrint(nd, b, off, length, end);
        else nd.print("IP" + v);
    }
}
