package linnet.kernel.netfilter;

/** dst_mtu(skb_dst(skb)) as netfilter sees it: implemented by the routing layer's route (rtable). */
public interface DstMtu {
    int mtu();
}
