package linnet.wire;

/** Parsed Ethernet II header. */
public record EthernetRepr(long dst, long src, int type) {
    public EthernetRepr {
        // Validated so that emit/parse round-trips exactly instead of silently truncating.
        if ((dst & ~Mac.BROADCAST) != 0 || (src & ~Mac.BROADCAST) != 0) {
            throw new IllegalArgumentException("MAC wider than 48 bits");
        }
        if ((type & ~0xffff) != 0) throw new IllegalArgumentException("ethertype out of range: " + type);
    }

    public static EthernetRepr parse(byte[] b, int off, int len) {
        Bytes.require(len, Ethernet.HLEN, "ethernet header");
        return new EthernetRepr(Ethernet.dst(b, off), Ethernet.src(b, off), Ethernet.type(b, off));
    }

    /** Writes {@link Ethernet#HLEN} bytes. */
    public void emit(byte[] b, int off) {
        Ethernet.setDst(b, off, dst);
        Ethernet.setSrc(b, off, src);
        Ethernet.setType(b, off, type);
    }

    @Override
    public String toString() {
        return "EthernetRepr[dst=" + Mac.format(dst) + ", src=" + Mac.format(src)
                + ", type=0x" + String.format("%04x", type) + "]";
    }
}
