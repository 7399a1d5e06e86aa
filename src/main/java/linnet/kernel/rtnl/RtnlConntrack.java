package linnet.kernel.rtnl;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Net;
import linnet.kernel.netfilter.Conntrack;
import linnet.kernel.netfilter.NetfilterNet;
import linnet.kernel.netfilter.NfConn;

/** The ctnetlink door: dump, delete, flush and count connection tracking entries. */
public final class RtnlConntrack {
    private RtnlConntrack() {}

    private static Conntrack table(Net net) { return NetfilterNet.of(net).conntrack; }

    public static List<ConnInfo> dump(Net net) {
        Conntrack ct = table(net);
        List<ConnInfo> out = new ArrayList<>();
        long now = ct.now();
        for (NfConn c : ct.list()) {
            long left = Math.max(0, (c.timeoutAt - now + 999_999_999L) / 1_000_000_000L);
            String st = c.orig.proto() == 6 ? NfConn.TCP_STATES[c.tcpState] : null;
            out.add(new ConnInfo(c.id, c.orig, c.reply, c.status, left, c.mark, st));
        }
        return out;
    }

    /** Deletes the entry with this id (as a dump reported it); false if it is gone. */
    public static boolean delete(Net net, long id) {
        Conntrack ct = table(net);
        for (NfConn c : ct.list()) {
            if (c.id == id) {
                ct.remove(c);
                return true;
            }
        }
        return false;
    }

    public static void flush(Net net) { table(net).flush(); }

    public static int count(Net net) { return table(net).count(); }
}
