package linnet.wire;

/**
 * An IPv4 header without options, as the control paths build and inspect it. Fragment fields
 * are deliberately absent: reassembly looks at the raw header via {@link Ipv4}.
 */
public record Ipv4Repr(int src, int dst, int protocol, int ttl, int tos, int id, boolean df, int payloadLen) {
    public static final int MAX_PAYLOAD = 0xffff - Ipv4.HLEN;

    public Ipv4Repr {
        // Validated so that emit/parse round-trips exactly instead of silently truncating.
        if ((protocol & ~0xff) != 0) throw new IllegalArgumentException("protocol out of range: " + protocol);
        if ((ttl & ~0xff) != 0) throw new IllegalArgumentException("ttl out of range: " + ttl);
        if ((tos & ~0xff) != 0) throw new IllegalArgumentException("tos out of range: " + tos);
        if ((id & ~0xffff) != 0) throw new IllegalArgumentException("id out of range: " + id);
        if (payloadLen < 0 || payloadLen > MAX_PAYLOAD) {
            throw new IllegalArgumentException("payload length out of range: " + payloadLen);
        }
    }

    /**
     * Validates as ip_rcv_core() does: version, header length, total length against the bytes
     * actually present, and the header checksum. Options are skipped; {@code payloadLen} excludes
     * them, so the payload starts at {@code off + Ipv4.ihl(b, off)}.
     */
    public static Ipv4Repr parse(byte[] b, int off, int len) {
        Bytes.require(len, Ipv4.HLEN, "IPv4 header");
        if (Ipv4.version(b, off) != 4) throw new WireException("IPv4 version is " + Ipv4.version(b, off));
        int ihl = Ipv4.ihl(b, off);
        if (ihl < Ipv4.HLEN) throw new WireException("IPv4 header length " + ihl + " < 20");
        Bytes.require(len, ihl, "IPv4 header with options");
        int total = Ipv4.totalLength(b, off);
        if (total < ihl) throw new WireException("IPv4 total length " + total + " < header length " + ihl);
        if (total > len) throw new WireException("IPv4 total length " + total + " > " + len + " bytes present");
        if (!Ipv4.checksumOk(b, off)) throw new WireException("IPv4 header checksum mismatch");
        return new Ipv4Repr(Ipv4.src(b, off), Ipv4.dst(b, off), Ipv4.protocol(b, off), Ipv4.ttl(b, off),
                Ipv4.tos(b, off), Ipv4.id(b, off), Ipv4.dontFragment(b, off), total - ihl);
    }

    /** Writes a 20-byte header (no options, not a fragment) with its checksum filled in. */
    public void emit(byte[] b, int off) {
        Ipv4.setVersionIhl(b, off, Ipv4.HLEN);
        Ipv4.setTos(b, off, tos);
        Ipv4.setTotalLength(b, off, Ipv4.HLEN + payloadLen);
        Ipv4.setId(b, off, id);
        Ipv4.setFlagsFrag(b, off, df ? Ipv4.FLAG_DF : 0);
        Ipv4.setTtl(b, off, ttl);
        Ipv4.setProtocol(b, off, protocol);
        Ipv4.setSrc(b, off, src);
        Ipv4.setDst(b, off, dst);
        Ipv4.fillChecksum(b, off);
    }

    @Override
    public String toString() {
        return "Ipv4Repr[src=" + Inet4.format(src) + ", dst=" + Inet4.format(dst) + ", protocol=" + protocol
                + ", ttl=" + ttl + ", tos=" + tos + ", id=" + id + ", df=" + df + ", payloadLen=" + payloadLen + "]";
    }
}
