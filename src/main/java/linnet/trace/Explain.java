package linnet.trace;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import linnet.kernel.core.DropReason;
import linnet.kernel.core.Net;
import linnet.kernel.core.NetDevice;
import linnet.kernel.core.SkbTracer.Kind;
import linnet.kernel.ipv4.InDevice;
import linnet.kernel.ipv4.InIfaddr;
import linnet.wire.Inet4;

/**
 * Names, in one plain line, what became of the traced packets and why: the first packet a program
 * sent that did not get where it went (else the first one's success), followed through what it
 * caused (its ARP requests, its reply, the ICMP error it drew). Each classic failure has its words:
 * no route, forwarding off, a netfilter policy or rule (bridged traffic through br_netfilter
 * included), REJECT, TTL, DF and MTU, ARP unanswered, NO-CARRIER, no route back, reverse-path
 * filtering, nothing listening, a storm, and an address left on a bridge's port.
 */
final class Explain {
    /** Copies of one packet past which it is a storm (a loop of bridges floods without end). */
    static final int STORM = 64;
    /** A frame sent this close to the command's end may still be on the wire (a hop takes microseconds). */
    static final long IN_FLIGHT_NS = 1_000_000L;

    private final Recorder rec;
    private final Function<Net, String> names;
    private final Function<Object, String> rules;
    /** Each packet family's original → the originals it caused. */
    private final Map<Packet, List<Packet>> effects = new IdentityHashMap<>();
    /** Each original → its copies and itself. */
    private final Map<Packet, List<Packet>> families = new IdentityHashMap<>();

    /** The numbers the report shows packets by. */
    private final Function<Packet, String> label;

    Explain(Recorder rec, Function<Net, String> names, Function<Object, String> rules, Function<Packet, String> label) {
        this.rec = rec;
        this.label = label;
        this.names = names;
        this.rules = rules;
        for (Packet p : rec.packets()) {
            families.computeIfAbsent(p.original(), k -> new ArrayList<>()).add(p);
            if (p.copyOf == null && p.cause != null) effects.computeIfAbsent(p.cause.original(), k -> new ArrayList<>()).add(p);
        }
    }

    /** What a packet came to: whether it did what it was sent for, and the words. */
    record Outcome(boolean ok, String line) {}

    String line(List<Packet> shown) {
        List<Packet> roots = new ArrayList<>();
        // what a program sent (the stack's own upkeep, shown with --all, explains nothing)
        for (Packet p : shown)
            if (p.copyOf == null && p.cause == null && !Describe.housekeeping(p.what) && !roots.contains(p)) roots.add(p);
        if (roots.isEmpty()) {
            for (Step s : rec.unsent()) return unsent(s);
            return "no packet was sent";
        }
        Outcome first = null;
        for (Packet r : roots) {
            Outcome o = outcome(r, 0);
            if (first == null) first = o;
            if (!o.ok()) {
                String line = hint(r, o.line());
                return roots.size() > 1 ? "#" + label.apply(r) + " " + line : line;
            }
        }
        for (Step s : rec.unsent()) return unsent(s);
        return first.line();
    }

    /** A send that found no route: lo down explains it for the machine's own addresses. */
    private String unsent(Step s) {
        String t = s.text() != null ? s.text() : "";
        String ns = names.apply(s.net());
        NetDevice lo = s.net().byName("lo");
        if (lo != null && !lo.isUp() && (t.contains("to 127.") || ownAddress(s.net(), t)))
            return "nothing was sent: lo is down in " + ns + ", so the machine's own addresses have no route (ip link set lo up)";
        if (t.startsWith("output: no route")) return "nothing was sent: " + ns + " has " + t.replaceFirst("^output: ", "");
        return "nothing was sent from " + ns + ": " + t.replaceFirst("^output: ", "");
    }

    private static boolean ownAddress(Net net, String text) {
        for (NetDevice d : net.devices()) {
            InDevice in = InDevice.of(d);
            if (in == null) continue;
            for (InIfaddr a : in.addrs) if (text.contains("to " + Inet4.format(a.local) + ":")) return true;
        }
        return false;
    }

    private List<Packet> family(Packet p) { return families.getOrDefault(p.original(), List.of(p)); }

    private List<Packet> effects(Packet p) { return effects.getOrDefault(p.original(), List.of()); }

    private String ns(Step s) { return names.apply(s.net()); }

    /** The outcome of the packet family {@code p} (an original), {@code depth} replies deep. */
    Outcome outcome(Packet p, int depth) {
        List<Packet> fam = family(p);
        String storm = storm(p);
        if (storm == null) for (Packet e : effects(p)) if ((storm = storm(e)) != null) break;
        if (storm != null) return new Outcome(false, storm);
        Describe.Headers h = p.h;
        // an ICMP error it drew says most about where it ended
        for (Packet e : effects(p)) {
            // an ICMP error the kernel named as caused by it, or an ICMPv6 one sent while it was handled
            boolean v6err = !e.h.v4 && e.h.icmpName != null;
            if (!v6err && (e.causeWhy == null || !e.causeWhy.startsWith("ICMP "))) continue;
            String err = e.h.icmpName != null ? e.h.icmpName : e.causeWhy.substring(5);
            Step at = firstStep(e);
            String where = at != null ? ns(at) : "?";
            Step nf = find(fam, Kind.NETFILTER, "REJECT");
            if (nf != null) return new Outcome(false, "rejected in " + ns(nf) + " by " + rule(nf) + ": it answered ICMP " + err);
            if (err.startsWith("packet too big")) {
                Step fwd = routeForward(fam);
                String dev = fwd != null ? fwd.text().replaceFirst(".*forward dev (\\S+).*", "$1") : "the next hop";
                return new Outcome(false, "too big for " + dev + " in " + where + ": it answered ICMPv6 packet too big (IPv6 routers never fragment)");
            }
            if (err.startsWith("time exceeded"))
                return new Outcome(false, v6err
                        ? "the hop limit ran out in " + where + ": it answered ICMPv6 time exceeded (the packet left with too small a hop limit, or routes loop)"
                        : "the TTL ran out in " + where + ": it answered ICMP time exceeded (the packet left with too small a TTL, or routes loop)");
            if (err.startsWith("frag needed")) {
                Step fwd = routeForward(fam);
                String dev = fwd != null ? fwd.text().replaceFirst(".*forward dev (\\S+).*", "$1") : "the next hop";
                String mtu = e.what.replaceFirst(".*\\(mtu (\\d+)\\).*", "$1");
                return new Outcome(false, "too big for " + dev + " in " + where + " (mtu " + mtu + ") and DF is set: it answered ICMP frag needed, "
                        + "so the sender now keeps packets to " + mtu + " bytes");
            }
            if (err.startsWith("net unreachable"))
                return new Outcome(false, where + " has no route to " + Inet4.format(h.daddr) + ": it answered ICMP net unreachable");
            if (v6err && err.startsWith("destination unreachable") && find(fam, Kind.ROUTE, "no route") != null)
                return new Outcome(false, where + " has no route for it: " + find(fam, Kind.ROUTE, "no route").text().replaceFirst("^input: ", "")
                        + "; it answered ICMPv6 destination unreachable");
            if (err.startsWith("port unreachable") && h.proto == 17)
                return new Outcome(false, "nothing listens on udp port " + h.dport + " in " + where + ": it answered ICMP port unreachable");
            if (err.startsWith("host unreachable")) {
                Step nd = find(fam, Kind.DROP, null, DropReason.NEIGH_FAILED);
                if (nd != null) return new Outcome(false, arp(p, nd, ""));
            }
            return new Outcome(false, where + " answered ICMP " + err);
        }
        Step drop = null;
        boolean delivered = false;
        for (Packet m : fam)
            for (Step s : m.steps) {
                if (s.kind() == Kind.DELIVER && !s.text().startsWith("no socket")
                        || s.kind() == Kind.ICMP && s.text().startsWith("the kernel answers")) delivered = true;
                if (s.kind() == Kind.DROP && (drop == null || s.timeNs() < drop.timeNs()) && !benign(s)) drop = s;
            }
        if (drop != null && !(delivered && fam.size() > 1)) return new Outcome(false, dropped(p, fam, drop));
        Step tcpNoSock = find(fam, Kind.DELIVER, "no socket");
        if (tcpNoSock != null)
            return new Outcome(false, "nothing listens on tcp port " + h.dport + " in " + ns(tcpNoSock)
                    + ": it answered with a reset (the program sees Connection refused)" + docker(tcpNoSock.net(), h.dport));
        if (delivered) {
            Packet reply = reply(p);
            String to = deliveredWhere(fam);
            if (reply == null) {
                if (h.icmpType == 8) {
                    Step ig = find(fam, Kind.ICMP, "ignored");
                    if (ig != null) return new Outcome(false, "it reached " + to + ", which does not answer: " + ig.text());
                }
                return new Outcome(true, "delivered: " + what(p) + " reached " + to);
            }
            if (depth > 4) return new Outcome(true, "delivered in " + to);
            Outcome r = outcome(reply, depth + 1);
            if (r.ok()) return new Outcome(true, "ok: " + what(p) + " reached " + to + " and its " + kind(reply) + " came back");
            Step back = last(family(reply)), sent = firstStep(p);
            if (back != null && sent != null && back.kind() == Kind.RECEIVE && back.net() == sent.net())
                return new Outcome(false, "it reached " + to + " and its " + kind(reply) + " came back to " + ns(back) + " "
                        + String.format(java.util.Locale.ROOT, "%.3f", (back.timeNs() - sent.timeNs()) / 1e9)
                        + " s after the request, when nobody was waiting for it any more" + delay(fam));
            return new Outcome(false, "it reached " + to + ", but its " + kind(reply) + " did not come back: " + r.line());
        }
        Step queued = null;
        for (Packet m : fam)
            for (Step s : m.steps) if (s.kind() == Kind.NEIGH && s.text().contains("queued")) queued = s;
        if (queued != null && last(fam).kind() == Kind.NEIGH)
            return new Outcome(false, arp(p, queued, " (still waiting when the command ended)"));
        Step end = last(fam);
        if (end != null && end.kind() == Kind.XMIT) {
            if (rec.endNs() - end.timeNs() < IN_FLIGHT_NS)
                return new Outcome(true, "on its way: it left " + ns(end) + " through " + end.dev() + " as the command ended");
            return new Outcome(false, "it left " + ns(end) + " through " + end.dev() + " and nothing received it");
        }
        return new Outcome(false, "it went no further than " + (end != null ? ns(end) + " (" + end.kind().name().toLowerCase() + ")" : "its sender"));
    }

    /**
     * A storm: copies of one frame arriving again and again on the same device, which only a loop
     * of bridges (or of bridged links) makes; null if there is none.
     */
    private String storm(Packet p) {
        Map<String, Integer> arrivals = new java.util.HashMap<>();
        java.util.Set<String> bridges = new java.util.TreeSet<>();
        String worst = null;
        int most = 0;
        for (Packet m : family(p))
            for (Step s : m.steps) {
                if (s.kind() == Kind.BRIDGE) bridges.add(s.dev());
                if (s.kind() != Kind.RECEIVE) continue;
                String where = s.dev() + " in " + ns(s);
                int n = arrivals.merge(where, 1, Integer::sum);
                if (n > most) {
                    most = n;
                    worst = where;
                }
            }
        if (most <= STORM && !(rec.stopped() && p == overflowOwner())) return null;
        String b = bridges.isEmpty() ? "the bridges" : String.join(", ", bridges);
        return "a broadcast storm: copies of #" + label.apply(p) + " (" + p.what + ") arrived " + most + " times on " + worst
                + (rec.stopped() ? " before the trace stopped" : "")
                + "; bridges joined in a loop flood it round without end (STP is off on " + b
                + ": ip link set BRIDGE type bridge stp_state 1, or break the loop)";
    }

    private Packet biggest;

    /** The family with the most members: where a storm past the recorder's bounds came from. */
    private Packet overflowOwner() {
        if (biggest != null) return biggest;
        Packet best = null;
        for (Map.Entry<Packet, List<Packet>> e : families.entrySet())
            if (best == null || e.getValue().size() > families.get(best).size()) best = e.getKey();
        return biggest = best;
    }

    /**
     * Where Docker runs (its nat chain DOCKER exists) a port nobody listens on is most often a port
     * no container publishes: that is said, with the DNAT rules' ports there are.
     */
    private static String docker(Net net, int port) {
        linnet.kernel.netfilter.NetfilterNet nf = linnet.kernel.netfilter.NetfilterNet.of(net);
        linnet.kernel.netfilter.XtTable nat = nf != null ? nf.xtables.get("nat") : null;
        if (nat == null || !nat.chains.containsKey("DOCKER")) return "";
        return "; Docker runs here and no container publishes port " + port + " (docker run -p " + port + ":PORT ...; docker ps shows the published ones)";
    }

    /** Why a packet was held up on its way, if a step says so (a neighbour that could not be solicited). */
    private String delay(List<Packet> fam) {
        Step queued = null;
        for (Packet m : fam)
            for (Step s : m.steps) {
                if (s.kind() == Kind.NEIGH && s.text().contains("queued")) queued = s;
                if (s.kind() == Kind.NEIGH && s.text().startsWith("no neighbor solicitation") && queued != null) {
                    Step next = null;
                    for (Step x : m.steps) if (x.timeNs() > s.timeNs() && x.net() == s.net()) { next = x; break; }
                    String wait = next == null ? "" : String.format(java.util.Locale.ROOT, " %.3f s", (next.timeNs() - queued.timeNs()) / 1e9);
                    return "; the request waited" + wait + " in " + ns(s) + " for neighbour discovery: "
                            + s.text().replaceFirst("^no neighbor solicitation for \\S+ sent: ", "no solicitation could be sent, ");
                }
            }
        return "";
    }

    /** Drops that are a flood's normal waste, not the packet's fate. */
    private static boolean benign(Step s) {
        return s.reason() == DropReason.BRIDGE_NO_EGRESS || s.reason() == DropReason.OTHERHOST;
    }

    private String dropped(Packet p, List<Packet> fam, Step drop) {
        String ns = ns(drop), text = drop.text();
        Describe.Headers h = p.h;
        switch (drop.reason()) {
            case NETFILTER_DROP -> {
                Step nf = before(fam, drop, Kind.NETFILTER);
                String by = nf != null ? rule(nf) : "netfilter";
                // bridged: the layer that last decided before the hook was the bridge, in the hook's namespace
                Step layer = nf != null ? before(fam, nf, Kind.BRIDGE, Kind.ROUTE) : null;
                boolean bridged = layer != null && layer.kind() == Kind.BRIDGE && layer.net() == nf.net();
                return "dropped in " + ns + " by " + by + (bridged
                        ? "; bridged frames pass iptables because br_netfilter is loaded (net.bridge.bridge-nf-call-iptables = 1)" : "");
            }
            case IP_INADDRERRORS -> {
                Step rt = before(fam, drop, Kind.ROUTE);
                String why = rt != null ? rt.text().replaceFirst("^input: ", "") : "forwarding is off";
                return "dropped in " + ns + ": " + why;
            }
            case IP_RPFILTER -> {
                return "dropped in " + ns + " by reverse-path filtering (rp_filter): the way back to "
                        + Inet4.format(h.saddr) + " is not through " + drop.dev();
            }
            case IP_INNOROUTES -> {
                Step rt = before(fam, drop, Kind.ROUTE);
                return ns + " has no route for it" + (rt != null ? ": " + rt.text().replaceFirst("^input: ", "") : "");
            }
            case IP_OUTNOROUTES -> {
                return "it reached " + ns + ", but " + ns + " has no route back to " + Inet4.format(h.saddr)
                        + " for the reply (a route back is missing, or NAT on the way out)";
            }
            case NEIGH_FAILED -> {
                return arp(p, drop, "");
            }
            case NO_SOCKET -> {
                if (h.proto == 6)
                    return "nothing listens on tcp port " + h.dport + " in " + ns + ": it answered with a reset (the program sees Connection refused)"
                            + docker(drop.net(), h.dport);
                return "nothing listens on " + (h.proto == 17 ? "udp port " + h.dport : "that port") + " in " + ns;
            }
            case DEV_READY -> {
                return drop.dev() + " in " + ns + " cannot send: " + carrier(drop);
            }
            case QDISC_DROP, CPU_BACKLOG -> {
                return "dropped in " + ns + " at " + drop.dev() + ": " + (text != null ? text : "a queue is full");
            }
            default -> {
                return "dropped in " + ns + (drop.dev() != null ? " at " + drop.dev() : "") + ": SKB_DROP_REASON_"
                        + drop.reason().name() + (text != null ? " (" + text + ")" : "");
            }
        }
    }

    /** A device that cannot send: its own state or its veth peer's. */
    private String carrier(Step drop) {
        NetDevice d = drop.net().byName(drop.dev());
        if (d instanceof linnet.kernel.drivers.Veth v && v.isUp()) {
            linnet.kernel.drivers.Veth peer = v.peer();
            if (peer == null) return "it has no peer";
            if (!peer.isUp())
                return "NO-CARRIER: its peer " + peer.name() + " in " + names.apply(peer.net()) + " is down (ip link set " + peer.name() + " up)";
        }
        if (d != null && !d.isUp()) return "it is down (ip link set " + d.name() + " up)";
        return drop.text() != null ? "NO-CARRIER (" + drop.text() + ")" : "NO-CARRIER";
    }

    /** ARP got no answer for the neighbour a step names; what the requests met says why. */
    private String arp(Packet p, Step at, String suffix) {
        String t = at.text() != null ? at.text() : "";
        if (!p.h.v4 && p.h.ethType == linnet.wire.Ethernet.P_IPV6) return nd(p, at, suffix);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+\\.\\d+\\.\\d+\\.\\d+)").matcher(t);
        String target = m.find() ? m.group(1) : "the next hop";
        String line = "ARP for " + target + " on " + at.dev() + " in " + ns(at) + " got no answer" + suffix;
        boolean heard = false;
        // the requests for the target sent out of that device, whoever's packet started them
        for (Packet e : rec.packets()) {
            if (e.copyOf != null || !e.what.startsWith("ARP request who-has " + target + " ")) continue;
            Step first = firstStep(e);
            if (first == null || first.net() != at.net() || !java.util.Objects.equals(first.dev(), at.dev())) continue;
            for (Packet c : family(e))
                for (Step s : c.steps) {
                    if (s.net() == at.net()) continue;
                    if (s.kind() == Kind.RECEIVE) heard = true;
                    if (s.kind() == Kind.NEIGH && s.text().contains("not answered"))
                        return line + ": " + ns(s) + " has " + target + " but " + s.text().replaceFirst(".*not answered, ", "");
                    if (s.kind() == Kind.DROP)
                        return line + ": " + ns(s) + " dropped the request (SKB_DROP_REASON_" + s.reason().name()
                                + (s.text() != null ? ": " + s.text() : "") + ")";
                }
            // the answer went somewhere else: a bridge whose port sent the request took it
            for (Packet r : effects(e))
                for (Packet c : family(r))
                    for (Step s : c.steps)
                        if (s.kind() == Kind.BRIDGE && s.net() == at.net()) {
                            NetDevice dev = at.net().byName(at.dev());
                            if (dev != null && dev.master != null)
                                return line + ": the answer came back on " + at.dev() + ", a port of " + dev.master.name()
                                        + ", and the bridge took it — an address on a bridge's port cannot be used (put it on "
                                        + dev.master.name() + ")";
                        }
        }
        NetDevice dev = at.net().byName(at.dev());
        if (dev instanceof linnet.kernel.drivers.Veth v && v.peer() != null && !v.peer().isUp())
            return line + ": " + carrier(at);
        return line + (heard ? ": no machine on that link has " + target : ": the requests reached nobody");
    }

    /** Neighbour discovery got no answer: no solicitation could be sent, or nobody answered it. */
    private String nd(Packet p, Step at, String suffix) {
        String target = at.text() != null ? at.text().split(" ")[0] : "the next hop";
        String line = "neighbour discovery for " + target + " on " + at.dev() + " in " + ns(at) + " got no answer" + suffix;
        for (Packet m : family(p))
            for (Step s : m.steps)
                if (s.kind() == Kind.NEIGH && s.text().startsWith("no neighbor solicitation"))
                    return line + ": " + s.text().replaceFirst("^no neighbor solicitation for \\S+ sent: ", "no solicitation was sent, ");
        NetDevice dev = at.net().byName(at.dev());
        if (dev instanceof linnet.kernel.drivers.Veth v && v.peer() != null && !v.peer().isUp()) return line + ": " + carrier(at);
        return line;
    }

    /** Who in {@code net} has {@code addr}, when that is why it cannot answer (the address sits on a bridge's port). */
    private String owner(Net net, String addr) {
        for (NetDevice d : net.devices()) {
            InDevice in = InDevice.of(d);
            if (in == null) continue;
            for (InIfaddr a : in.addrs)
                if (Inet4.format(a.local).equals(addr) && d.master != null)
                    return addrOnPort(addr, d, net);
        }
        return null;
    }

    private String addrOnPort(String addr, NetDevice d, Net net) {
        return addr + " is on " + d.name() + " in " + names.apply(net) + ", a port of " + d.master.name()
                + ": what arrives on a port belongs to the bridge, so the port's own address cannot be reached through it "
                + "(put the address on " + d.master.name() + ")";
    }

    /** Appends the address-on-a-bridge-port cause where the destination sits on a port the packet met. */
    private String hint(Packet p, String line) {
        if (!p.h.v4 || line.contains("a port of")) return line;
        String dst = Inet4.format(p.h.daddr);
        java.util.Set<Net> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Packet m : family(p)) for (Step s : m.steps) seen.add(s.net());
        for (Packet e : effects(p)) for (Packet m : family(e)) for (Step s : m.steps) seen.add(s.net());
        for (Net n : seen) {
            String o = owner(n, dst);
            if (o != null) return line + " — " + o;
        }
        return line;
    }

    private String rule(Step nf) {
        Step.Verdict v = nf.verdict();
        String where = v.table() + ":" + v.chain();
        return v.ruleNum() == 0 ? "the policy " + v.verdict() + " of " + where
                : where + " rule " + v.ruleNum() + " (" + rules.apply(v.rule()) + ")";
    }

    /** The reply a delivered packet drew (an echo reply, a SYN-ACK), or null. */
    private Packet reply(Packet p) {
        for (Packet e : effects(p)) {
            if ("echo reply".equals(e.causeWhy) || p.h.icmpType == 128 && !p.h.v4 && e.h.icmpType == 129) return e;
            if (p.h.proto == 6 && e.h.proto == 6 && e.h.tcpFlags >= 0 && (e.h.tcpFlags & 0x12) == 0x12) return e;
        }
        return null;
    }

    private static String kind(Packet reply) {
        return reply.h.icmpType == 0 || !reply.h.v4 && reply.h.icmpType == 129 ? "echo reply" : reply.h.proto == 6 ? "SYN-ACK" : "reply";
    }

    private String what(Packet p) {
        Describe.Headers h = p.h;
        if (h.icmpType == 8 && h.v4) return "the echo request to " + Inet4.format(h.daddr);
        if (h.icmpType == 128 && !h.v4) return "the echo request to " + h.dst6;
        if (h.proto == 6 && (h.tcpFlags & 0x12) == 0x02) return "the SYN to " + Inet4.format(h.daddr) + " port " + h.dport;
        if (h.v4) return "the packet to " + Inet4.format(h.daddr);
        return "#" + label.apply(p);
    }

    /** Where a family was delivered: "b" or "b (udp socket on port 53)". */
    private String deliveredWhere(List<Packet> fam) {
        for (Packet m : fam)
            for (Step s : m.steps)
                if (s.kind() == Kind.DELIVER && !s.text().startsWith("no socket") || s.kind() == Kind.ICMP && s.text().startsWith("the kernel answers"))
                    return ns(s);
        return "?";
    }

    private static Step firstStep(Packet p) { return p.steps.isEmpty() ? null : p.steps.get(0); }

    private static Step last(List<Packet> fam) {
        Step end = null;
        for (Packet m : fam) for (Step s : m.steps) if (end == null || s.timeNs() >= end.timeNs()) end = s;
        return end;
    }

    private static Step routeForward(List<Packet> fam) { return find(fam, Kind.ROUTE, "forward dev"); }

    private static Step find(List<Packet> fam, Kind kind, String text) { return find(fam, kind, text, null); }

    private static Step find(List<Packet> fam, Kind kind, String text, DropReason reason) {
        for (Packet m : fam)
            for (Step s : m.steps) {
                if (s.kind() != kind) continue;
                if (reason != null && s.reason() != reason) continue;
                String words = s.verdict() != null ? s.verdict().verdict() : s.text();
                if (text == null || words != null && words.contains(text)) return s;
            }
        return null;
    }

    /** The last step of one of {@code kinds} before {@code at} on the packet {@code at} belongs to (or what it is a copy of). */
    private static Step before(List<Packet> fam, Step at, Kind... kinds) {
        java.util.Set<Kind> want = java.util.EnumSet.noneOf(Kind.class);
        want.addAll(List.of(kinds));
        for (Packet m : fam) {
            int i = m.steps.indexOf(at);
            if (i < 0) continue;
            for (int k = i - 1; k >= 0; k--) if (want.contains(m.steps.get(k).kind())) return m.steps.get(k);
            for (Packet up = m.copyOf; up != null; up = up.copyOf)
                for (int k = up.steps.size() - 1; k >= 0; k--) if (want.contains(up.steps.get(k).kind())) return up.steps.get(k);
            return null;
        }
        return null;
    }
}
