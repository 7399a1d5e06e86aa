package linnet.kernel.rtnl;

/**
 * One RTM_NEWNEIGH of an AF_BRIDGE dump: {@code master} set for entries of the bridge's FDB
 * (NDA_MASTER), clear for the device's own address lists (NTF_SELF); {@code state} is NUD_*;
 * {@code ageNs} / {@code usedNs} the time since the entry was refreshed / last used (NDA_CACHEINFO,
 * bridge entries only); {@code sticky} is NTF_STICKY. A vxlan's entries carry their remote:
 * {@code dst}, {@code port}, {@code vni} (null = attribute absent), {@code via} (0 = none) and
 * {@code linkNetnsid} (-1 = none).
 */
public record FdbInfo(long mac, int ifindex, String dev, int masterIndex, String masterName, boolean master,
                      int state, long ageNs, int portNo, boolean sticky, long usedNs, Integer dst, Integer port,
                      Integer vni, int via, int linkNetnsid) {
    public static final int NUD_REACHABLE = 0x02, NUD_STALE = 0x04, NUD_NOARP = 0x40, NUD_PERMANENT = 0x80;

    /** An entry without tunnel attributes (NDA_DST, NDA_PORT, NDA_VNI, NDA_IFINDEX, NDA_LINK_NETNSID). */
    public FdbInfo(long mac, int ifindex, String dev, int masterIndex, String masterName, boolean master, int state,
                   long ageNs, int portNo, boolean sticky, long usedNs) {
        this(mac, ifindex, dev, masterIndex, masterName, master, state, ageNs, portNo, sticky, usedNs, null, null, null, 0, -1);
    }
}
