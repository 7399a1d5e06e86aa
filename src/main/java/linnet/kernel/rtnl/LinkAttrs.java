package linnet.kernel.rtnl;

/** Attributes of a new link (IFLA_MTU, IFLA_ADDRESS, IFLA_TXQLEN); null = not given. */
public record LinkAttrs(Integer mtu, Long address, Integer txqlen) {}
