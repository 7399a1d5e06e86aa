package linnet.kernel.rtnl;

/**
 * struct rtentry as route(8) fills it for SIOCADDRT / SIOCDELRT. {@code genmask} and
 * {@code gateway} are 0 when not given; {@code metric} is net-tools' value (user metric + 1,
 * 0 = none); {@code dev} may carry an alias label ("eth0:1"), null = none.
 */
public record RtEntry(int dst, int genmask, int gateway, int flags, int metric, String dev) {
    public static final int RTF_UP = 0x0001, RTF_GATEWAY = 0x0002, RTF_HOST = 0x0004, RTF_REJECT = 0x0200;
}
