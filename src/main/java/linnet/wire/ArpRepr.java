package linnet.wire;

/** Parsed Ethernet/IPv4 ARP packet. */
public record ArpRepr(int op, long sha, int spa, long tha, int tpa) {
    public ArpRepr {
        if ((op & ~0xffff) != 0) throw new IllegalArgumentException("ARP op out of range: " + op);
        if ((sha & ~Mac.BROADCAST) != 0 || (tha & ~Mac.BROADCAST) != 0) {
            throw new IllegalArgumentException("MAC wider than 48 bits");
        }
    }

    /** Rejects anything but Ethernet/IPv4, the only kind the stack resolves. */
    public static ArpRepr parse(byte[] b, int off, int len) {
        Bytes.require(len, Arp.LEN, "ARP packet");
        if (!Arp.isEthernetIpv4(b, off)) throw new WireException("ARP packet is not Ethernet/IPv4");
        return new ArpRepr(Arp.op(b, off), Arp.sha(b, off), Arp.spa(b, off), Arp.tha(b, off), Arp.tpa(b, off));
    }

    /** Writes {@link Arp#LEN} bytes. */
    public void emit(byte[] b, int off) {
        Arp.setEthernetIpv4(b, off);
        Arp.setOp(b, off, op);
        Arp.setSha(b, off, sha);
        Arp.setSpa(b, off, spa);
        Arp.setTha(b, off, tha);
        Arp.setTpa(b, off, tpa);
    }

    @Override
    public String toString() {
        return "ArpRepr[op=" + op + ", sha=" + Mac.format(sha) + ", spa=" + Inet4.format(spa)
                + ", tha=" + Mac.format(tha) + ", tpa=" + Inet4.format(tpa) + "]";
    }
}
