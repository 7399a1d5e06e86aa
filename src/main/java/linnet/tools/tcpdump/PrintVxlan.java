package linnet.tools.tcpdump;

/** print-vxlan.c: the VXLAN header, then the inner Ethernet frame on a line of its own. */
final class PrintVxlan {
    private PrintVxlan() {}

    static void vxlanPrint(Ndo nd, byte[] b, int o, int length, int end) {
        int flags = Ndo.u8(b, o, end, "vxlan");
        long vni = Ndo.u32(b, o + 4, end, "vxlan") >>> 8;
        nd.print("VXLAN, flags [" + ((flags & 0x08) != 0 ? "I" : "none") + "] (0x" + String.format("%02x", flags) + "), vni " + vni + "\n");
        PrintEther.etherPrint(nd, b, o + 8, length - 8, end - o - 8);
    }
}
