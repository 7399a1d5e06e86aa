package linnet.tools.ip;

import linnet.kernel.core.LinkStats;
import linnet.kernel.rtnl.LinkInfo;

/** The RX/TX counter blocks of `ip -s link` and `ip -s -s link` (print_link_stats64). */
final class IpStats {
    private IpStats() {}

    static void print(linnet.tools.common.Printer p, LinkInfo l, int level) {
        StringBuilder sb = new StringBuilder();
        LinkStats s = l.stats();
        sb.append("    RX:  bytes packets errors dropped  missed   mcast           \n");
        sb.append(String.format("    %10d %7d %6d %7d %7d %7d \n", s.rxBytes, s.rxPackets, s.rxErrors, s.rxDropped,
                s.rxMissedErrors, s.multicast));
        if (level > 1) {
            sb.append("    RX errors:  length    crc   frame    fifo overrun\n");
            sb.append(String.format("               %7d %6d %7d %7d %7d \n", s.rxLengthErrors, s.rxCrcErrors,
                    s.rxFrameErrors, s.rxFifoErrors, s.rxOverErrors));
        }
        sb.append("    TX:  bytes packets errors dropped carrier collsns           \n");
        sb.append(String.format("    %10d %7d %6d %7d %7d %7d \n", s.txBytes, s.txPackets, s.txErrors, s.txDropped,
                s.txCarrierErrors, s.collisions));
        if (level > 1) {
            sb.append("    TX errors: aborted   fifo  window heartbt transns\n");
            sb.append(String.format("               %7d %6d %7d %7d %7d \n", s.txAbortedErrors, s.txFifoErrors,
                    s.txWindowErrors, s.txHeartbeatErrors, l.carrierChanges()));
        }
        p.text(sb.toString());
        if (p.json()) {
            // print_link_stats64: the -s -s fields follow each direction's basic ones.
            p.openObject("stats64").openObject("rx").number("bytes", null, s.rxBytes).number("packets", null, s.rxPackets)
                    .number("errors", null, s.rxErrors).number("dropped", null, s.rxDropped)
                    .number("over_errors", null, s.rxOverErrors).number("multicast", null, s.multicast);
            if (level > 1) {
                p.number("length_errors", null, s.rxLengthErrors).number("crc_errors", null, s.rxCrcErrors)
                        .number("frame_errors", null, s.rxFrameErrors).number("fifo_errors", null, s.rxFifoErrors)
                        .number("missed_errors", null, s.rxMissedErrors);
            }
            p.closeObject().openObject("tx").number("bytes", null, s.txBytes).number("packets", null, s.txPackets)
                    .number("errors", null, s.txErrors).number("dropped", null, s.txDropped)
                    .number("carrier_errors", null, s.txCarrierErrors).number("collisions", null, s.collisions);
            if (level > 1) {
                p.number("aborted_errors", null, s.txAbortedErrors).number("fifo_errors", null, s.txFifoErrors)
                        .number("window_errors", null, s.txWindowErrors)
                        .number("heartbeat_errors", null, s.txHeartbeatErrors)
                        .number("carrier_changes", null, l.carrierChanges());
            }
            p.closeObject().closeObject();
        }
    }
}
