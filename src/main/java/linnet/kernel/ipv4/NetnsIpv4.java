package linnet.kernel.ipv4;

import java.util.ArrayList;
import java.util.List;
import linnet.kernel.core.Net;
import linnet.kernel.core.Sysctl;

/** IPv4 state of one namespace (struct netns_ipv4). */
public final class NetnsIpv4 {
    public final Net net;
    public final Fib fib;
    public final NeighTable arp;
    public final List<RawSocket> rawSockets = new ArrayList<>();
    public final List<UdpSocket> udpSockets = new ArrayList<>();
    public final List<TcpSocket> tcpSockets = new ArrayList<>();
    final IpFragment.Table frags = new IpFragment.Table();
    public Sysctl.Entry ipForward, defaultTtl, icmpRatelimit, icmpRatemask, icmpEchoIgnoreAll,
            icmpEchoIgnoreBroadcasts, ipLocalPortRange, pingGroupRange, errorsUseInboundIfaddr, icmpMsgsPerSec, icmpMsgsBurst, tcpSynRetries,
            minPmtu, mtuExpires;
    /** net->fnhe_genid: nexthop exceptions of an older generation are stale (`ip route flush cache`). */
    int fnheGenid;
    /** net->ipv4.peers: the inet_peer of each remote host (ICMP rate limit, redirect backoff). */
    final java.util.Map<Integer, InetPeer> peers = new java.util.HashMap<>();
    /** conf/all and conf/default (per-device values are in each InDevice). */
    public DevConf all, dflt;
    /** net->ipv4.addr_chk_work: the address lifetime check (AddrLifetime). */
    linnet.sim.EventLoop.Timer addrChkTimer;
    /** IP ids for packets without a socket counter (ip_idents), per namespace. */
    int nextId = 1;

    NetnsIpv4(Net net, Ipv4 ipv4) {
        this.net = net;
        this.fib = new Fib(net);
        this.arp = new NeighTable(net, ipv4);
    }

    public static NetnsIpv4 of(Net net) { return net.generic(Ipv4.SLOT); }
}
