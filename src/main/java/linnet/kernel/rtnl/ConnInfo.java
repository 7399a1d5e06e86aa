package linnet.kernel.rtnl;

import linnet.kernel.netfilter.Tuple;

/** A conntrack entry as ctnetlink describes it. */
public record ConnInfo(long id, Tuple orig, Tuple reply, int status, long timeoutSec, int mark, String tcpState) {}
