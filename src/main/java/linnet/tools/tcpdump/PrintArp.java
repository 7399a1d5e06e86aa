package linnet.tools.tcpdump;

/** print-arp.c: ARP and RARP over Ethernet/IPv4 (other kinds print their sizes and lengths). */
final class PrintArp {
    private PrintArp() {}

    static void arpPrint(Ndo nd, byte[] b, int o, int length, int end) {
        if (nd.eflag == 0) nd.print("ARP, ");
        int hrd = Ndo.u16(b, o, end, "arp");
        int pro = Ndo.u16(b, o + 2, end, "arp");
        int hln = Ndo.u8(b, o + 4, end, "arp");
        int pln = Ndo.u8(b, o + 5, end, "arp");
        int op = Ndo.u16(b, o + 6, end, "arp");
        if ((pro != 0x0800 && pro != 0x1000) || pln != 4 || hln == 0 || nd.vflag != 0) {
            String h = hrd == 1 ? "Ethernet" : hrd == 6 ? "IEEE 802" : "Unknown Hardware (" + hrd + ")";
            String pn = Ndo.ethertype(pro);
            nd.print(h + " (len " + hln + "), " + (pn != null ? pn : String.format("Unknown Protocol (0x%04x)", pro))
                    + " (len " + pln + ")");
            if ((pro != 0x0800 && pro != 0x1000) || pln != 4 || hln == 0) {
                nd.print(", length " + length);
                return;
            }
            nd.print(", ");
        }
        int sha = o + 8, spa = sha + hln, tha = spa + pln, tpa = tha + hln;
        Ndo.need(o, 8 + 2 * hln + 2 * pln, end, "arp");
        switch (op) {
            case 1 -> {
                nd.print("Request who-has " + nd.ipaddr(b, tpa));
                if (!zero(b, tha, hln)) nd.print(" (" + linkaddr(nd, b, tha, hln) + ")");
                nd.print(" tell " + nd.ipaddr(b, spa));
            }
            case 2 -> nd.print("Reply " + nd.ipaddr(b, spa) + " is-at " + linkaddr(nd, b, sha, hln));
            case 3 -> nd.print("Reverse Request who-is " + linkaddr(nd, b, tha, hln) + " tell " + linkaddr(nd, b, sha, hln));
            case 4 -> nd.print("Reverse Reply " + linkaddr(nd, b, tha, hln) + " at " + nd.ipaddr(b, tpa));
            default -> nd.print("Unknown opcode (" + op + ")");
        }
        nd.print(", length " + length);
    }

    private static boolean zero(byte[] b, int o, int n) {
        for (int i = 0; i < n; i++) if (b[o + i] != 0) return false;
        return true;
    }

    private static String linkaddr(Ndo nd, byte[] b, int o, int n) {
        if (n == 6) return nd.etheraddr(b, o);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append(i == 0 ? "" : ":").append(String.format("%02x", b[o + i] & 0xff));
        return s.toString();
    }
}
