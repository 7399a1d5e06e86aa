package linnet.kernel.netfilter;

import java.util.List;

/** One rule (struct ipt_entry): the IP part, the matches in order, the target, and its counters. */
public final class XtRule {
    public final IpEntry ip;
    public final List<XtMatch> matches;
    public final XtTarget target;
    public long pkts, bytes;

    public XtRule(IpEntry ip, List<XtMatch> matches, XtTarget target) {
        this.ip = ip;
        this.matches = List.copyOf(matches);
        this.target = target;
    }

    public XtRule copy() {
        XtRule r = new XtRule(ip, matches, target);
        r.pkts = pkts;
        r.bytes = bytes;
        return r;
    }

    /** Same rule ignoring counters (what -D RULE-SPEC and -C look for). */
    public boolean sameAs(XtRule o) {
        return ip.equals(o.ip) && matches.equals(o.matches) && target.equals(o.target);
    }
}
