package linnet.kernel.core;

/** A protocol receive handler registered per ethertype (struct packet_type's func). */
@FunctionalInterface
public interface PacketHandler {
    void receive(SkBuff skb);
}
