package linnet.kernel.rtnl;

/**
 * One RTM_NEWNEIGH of an AF_BRIDGE dump: {@code master} set for entries of the bridge's FDB
 * (NTF_MASTER), clear for the device's own address lists (NTF_SELF); {@code state} is NUD_*;
 * {@code ageNs} the time since the entry was refreshed.
 */
public record FdbInfo(long mac, int ifindex, String dev, int masterIndex, String masterName, boolean master,
                      int state, long ageNs, int portNo) {
    public static final int NUD_NOARP = 0x40, NUD_PERMANENT = 0x80, NUD_REACHABLE = 0x02;
}
