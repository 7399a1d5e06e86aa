package linnet.kernel.rtnl;

import linnet.kernel.core.Net;

/** The changes of one `ip link set` (null = unchanged). */
public record LinkChange(Boolean up, String name, Integer mtu, Long address, Integer txqlen, Net netns) {}
