package linnet.tools.ip;

import linnet.tools.common.Args;
import linnet.tools.common.Ctx;

/** `ip link add ... type T` for the types other than veth (bridges and tun/tap arrive with issue 3). */
final class IpLinkTypes {
    private IpLinkTypes() {}

    static int add(Ctx ctx, String type, String name, Args rest) {
        if (type.equals("tun") || type.equals("tap")) {
            ctx.err.println("Error: tun/tap creation via rtnetlink is not supported.");
            return 2;
        }
        // The kernel has no rtnl_link_ops of that kind (no module to load on the oracle machine).
        ctx.err.println("Error: Unknown device type.");
        return 2;
    }
}
