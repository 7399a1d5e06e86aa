package linnet.kernel.rtnl;

/**
 * Attributes of a new link (IFLA_MTU, IFLA_ADDRESS, IFLA_TXQLEN, the ifinfomsg index,
 * IFLA_NUM_TX_QUEUES, IFLA_NUM_RX_QUEUES); null = not given.
 */
public record LinkAttrs(Integer mtu, Long address, Integer txqlen, Integer index, Integer numTx, Integer numRx) {
    public LinkAttrs(Integer mtu, Long address, Integer txqlen) { this(mtu, address, txqlen, null, null, null); }
}
