package linnet.kernel.rtnl;

import linnet.kernel.core.Net;

/**
 * The changes of one `ip link set` (null = unchanged). {@code master} is IFLA_MASTER: the upper
 * device's ifindex, 0 for `nomaster`. {@code ifiChange}/{@code ifiFlags} are the ifinfomsg flag
 * fields for the flags other than UP (promisc, arp, multicast, ...): the bits in ifiChange take
 * their value from ifiFlags. {@code alias} is IFLA_IFALIAS ("" removes it), {@code broadcast}
 * IFLA_BROADCAST (its raw bytes), {@code group} IFLA_GROUP.
 */
public record LinkChange(Boolean up, String name, Integer mtu, Long address, Integer txqlen, Net netns, Integer master,
                         int ifiChange, int ifiFlags, String alias, byte[] broadcast, Integer group) {
    public LinkChange(Boolean up, String name, Integer mtu, Long address, Integer txqlen, Net netns, Integer master,
                      int ifiChange, int ifiFlags) {
        this(up, name, mtu, address, txqlen, netns, master, ifiChange, ifiFlags, null, null, null);
    }

    public LinkChange(Boolean up, String name, Integer mtu, Long address, Integer txqlen, Net netns, Integer master) {
        this(up, name, mtu, address, txqlen, netns, master, 0, 0);
    }

    public LinkChange(Boolean up, String name, Integer mtu, Long address, Integer txqlen, Net netns) {
        this(up, name, mtu, address, txqlen, netns, null);
    }
}
