package linnet.kernel.bridge;

import linnet.kernel.core.Jiffies;
import linnet.kernel.core.Kernel;
import linnet.kernel.core.SkBuff;
import linnet.wire.Ethernet;

/**
 * BPDUs on the wire (br_stp_bpdu.c, net/802/stp.c, the LLC UI frame of llc_pdu_*): an 802.3
 * frame to the bridge group address 01:80:c2:00:00:00, its length field in place of an
 * ethertype, LLC DSAP/SSAP 0x42 and UI control, then the 35-byte configuration BPDU or the
 * 4-byte topology change notification. Times travel in 1/256 s.
 */
final class BrStpBpdu {
    private BrStpBpdu() {}

    static final long GROUP_ADDR = 0x0180_c200_0000L;
    static final int LLC_SAP_BSPAN = 0x42, LLC_UI = 0x03, BPDU_TYPE_CONFIG = 0x00, BPDU_TYPE_TCN = 0x80;
    /** ETH_P_802_2: what eth_type_trans calls an 802.3 frame carrying LLC. */
    static final int ETH_P_802_2 = 0x0004;
    private static final int STP_HZ = 256, LLC_LEN = 3;

    /** A received configuration BPDU, times in jiffies (struct br_config_bpdu). */
    record Config(boolean topologyChange, boolean topologyChangeAck, long root, int rootPathCost, long bridgeId,
                  int portId, int messageAge, int maxAge, int helloTime, int forwardDelay) {}

    /** stp_proto_register(&br_stp_proto): the LLC SAP 0x42 handler, once per kernel. */
    static void register(Kernel kernel) {
        if (kernel.hasPack(ETH_P_802_2)) return;
        kernel.addPack(ETH_P_802_2, BrStpBpdu::llcRcv);
    }

    private static void setTicks(byte[] b, int o, int jiffies) {
        int ticks = (int) ((long) STP_HZ * jiffies / Jiffies.HZ);
        b[o] = (byte) (ticks >>> 8);
        b[o + 1] = (byte) ticks;
    }

    /** br_get_ticks: DIV_ROUND_UP(ticks * HZ, STP_HZ). */
    private static int getTicks(byte[] b, int o) {
        int ticks = ((b[o] & 0xff) << 8) | (b[o + 1] & 0xff);
        return (ticks * Jiffies.HZ + STP_HZ - 1) / STP_HZ;
    }

    private static void putId(byte[] b, int o, long id) {
        for (int i = 0; i < 8; i++) b[o + i] = (byte) (id >>> (56 - 8 * i));
    }

    private static long getId(byte[] b, int o) {
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (b[o + i] & 0xff);
        return v;
    }

    /** br_send_config_bpdu (kernel STP only). */
    static void sendConfig(BridgePort p, boolean tc, boolean tcAck, long root, int rootPathCost, long bridgeId,
                           int portId, int messageAge, int maxAge, int helloTime, int forwardDelay) {
        if (p.br.stpEnabled != Bridge.BR_KERNEL_STP) return;
        byte[] buf = new byte[35];
        buf[3] = BPDU_TYPE_CONFIG;
        buf[4] = (byte) ((tc ? 0x01 : 0) | (tcAck ? 0x80 : 0));
        putId(buf, 5, root);
        buf[13] = (byte) (rootPathCost >>> 24);
        buf[14] = (byte) (rootPathCost >>> 16);
        buf[15] = (byte) (rootPathCost >>> 8);
        buf[16] = (byte) rootPathCost;
        putId(buf, 17, bridgeId);
        buf[25] = (byte) (portId >>> 8);
        buf[26] = (byte) portId;
        setTicks(buf, 27, messageAge);
        setTicks(buf, 29, maxAge);
        setTicks(buf, 31, helloTime);
        setTicks(buf, 33, forwardDelay);
        send(p, buf);
    }

    /** br_send_tcn_bpdu. */
    static void sendTcn(BridgePort p) {
        if (p.br.stpEnabled != Bridge.BR_KERNEL_STP) return;
        byte[] buf = new byte[4];
        buf[3] = (byte) BPDU_TYPE_TCN;
        send(p, buf);
    }

    /** br_send_bpdu: LLC UI header, 802.3 header (length, not type), out of the port device. */
    private static void send(BridgePort p, byte[] bpdu) {
        SkBuff skb = SkBuff.alloc(LLC_LEN + bpdu.length);
        skb.buf[skb.data] = LLC_SAP_BSPAN;
        skb.buf[skb.data + 1] = LLC_SAP_BSPAN;
        skb.buf[skb.data + 2] = LLC_UI;
        System.arraycopy(bpdu, 0, skb.buf, skb.data + LLC_LEN, bpdu.length);
        int o = skb.push(Ethernet.HLEN);
        Ethernet.setDst(skb.buf, o, p.br.knobs.groupAddr);
        Ethernet.setSrc(skb.buf, o, p.dev.addr);
        Ethernet.setType(skb.buf, o, LLC_LEN + bpdu.length);
        skb.macHeader = o;
        skb.protocol = ETH_P_802_2;
        skb.dev = p.dev;
        p.dev.queueXmit(skb);
    }

    /**
     * llc_rcv -> stp_pdu_rcv -> br_stp_rcv: a BPDU for SAP 0x42 reaching a device's own stack. Only
     * a port of a bridge running kernel STP that is up, on a live port, and addressed to the group
     * takes it; everything else is consumed without a trace.
     */
    static void llcRcv(SkBuff skb) {
        byte[] b = skb.buf;
        int o = skb.data;
        if (skb.len < LLC_LEN + 4) return;
        if ((b[o] & 0xff) != LLC_SAP_BSPAN || (b[o + 2] & 0xff) != LLC_UI) return;
        o += LLC_LEN;
        int len = skb.len - LLC_LEN;
        // Protocol identifier and version: 0, 0, 0.
        if (b[o] != 0 || b[o + 1] != 0 || b[o + 2] != 0) return;
        if (!(skb.dev.rxHandlerData instanceof BridgePort p)) return;
        Bridge br = p.br;
        if (br.stpEnabled != Bridge.BR_KERNEL_STP || !br.isUp() || p.state == BridgePort.BR_STATE_DISABLED) return;
        if (skb.macHeader < 0 || Ethernet.dst(b, skb.macHeader) != br.knobs.groupAddr) return;
        if (p.guard) {
            br.stp.disablePort(p);
            return;
        }
        int type = b[o + 3] & 0xff;
        if (type == BPDU_TYPE_CONFIG) {
            if (len < 3 + 32) return;
            int q = o + 3;
            Config c = new Config((b[q + 1] & 0x01) != 0, (b[q + 1] & 0x80) != 0, getId(b, q + 2),
                    ((b[q + 10] & 0xff) << 24) | ((b[q + 11] & 0xff) << 16) | ((b[q + 12] & 0xff) << 8) | (b[q + 13] & 0xff),
                    getId(b, q + 14), ((b[q + 22] & 0xff) << 8) | (b[q + 23] & 0xff), getTicks(b, q + 24),
                    getTicks(b, q + 26), getTicks(b, q + 28), getTicks(b, q + 30));
            if (c.messageAge() > c.maxAge()) return;
            br.stp.receivedConfigBpdu(p, c);
        } else if (type == BPDU_TYPE_TCN) {
            br.stp.receivedTcnBpdu(p);
        }
    }
}
