package linnet.kernel.rtnl;

import linnet.kernel.core.Net;

/**
 * The changes of one `ip link set` (null = unchanged). {@code master} is IFLA_MASTER: the upper
 * device's ifindex, 0 for `nomaster`.
 */
public record LinkChange(Boolean up, String name, Integer mtu, Long address, Integer txqlen, Net netns, Integer master) {
    public LinkChange(Boolean up, String name, Integer mtu, Long address, Integer txqlen, Net netns) {
        this(up, name, mtu, address, txqlen, netns, null);
    }
}
