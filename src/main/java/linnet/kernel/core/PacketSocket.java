package linnet.kernel.core;

/**
 * An AF_PACKET SOCK_DGRAM socket's sendto (net/packet/af_packet.c packet_snd): user space names
 * the device by ifindex, the protocol and the link-layer destination; the kernel builds the
 * Ethernet header from the device's own address and queues the frame on the device. Used by
 * programs that send ARP themselves (Docker's unsolicited ARP after an address is configured).
 */
public final class PacketSocket {
    private PacketSocket() {}

    public static void sendto(Net net, int ifindex, int protocol, long dstMac, byte[] payload) throws KernelException {
        NetDevice dev = net.byIndex(ifindex);
        if (dev == null) throw new KernelException(Errno.ENXIO);
        if (!dev.isUp()) throw new KernelException(Errno.ENETDOWN);
        if (payload.length > dev.mtu) throw new KernelException(Errno.EMSGSIZE);
        SkBuff skb = SkBuff.alloc(payload.length + 18);
        skb.len = payload.length;
        System.arraycopy(payload, 0, skb.buf, skb.data, payload.length);
        skb.networkHeader = skb.data;
        skb.protocol = protocol;
        Eth.push(skb, dstMac, dev.addr, protocol);
        skb.dev = dev;
        dev.queueXmit(skb);
    }
}
