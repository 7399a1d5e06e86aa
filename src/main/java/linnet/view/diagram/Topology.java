package linnet.view.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import linnet.kernel.core.Net;
import linnet.kernel.rtnl.AddrInfo;
import linnet.kernel.rtnl.Host;
import linnet.kernel.rtnl.LinkInfo;
import linnet.wire.Inet4;

/**
 * The lab's live topology read the way `ip -all netns exec ip -d link/addr` reads it: through the
 * rtnetlink dumps of each namespace (the initial one as "host", the named ones by their /run/netns
 * name, sorted), never kernel objects. Devices keep the kernel's ifindex order.
 */
public final class Topology {
    /** One device: its kind (veth, bridge, tun, ...; "" for none), state word, master and lower device names. */
    public record Dev(String ns, String name, String kind, String state, String master, String lower,
                      List<String> addrs) {
        public String id() { return ns + ":" + name; }
    }

    /** A namespace box; {@code group} > 0 when it stands for that many similar namespaces. */
    public record Box(String name, List<Dev> devs, String groupLabel) {}

    /** A wire: a veth pair (a, b), or a lower-device relation (kind = vlan, macvlan, ...). */
    public record Wire(String a, String b, String kind) {}

    public final List<Box> boxes = new ArrayList<>();
    public final List<Wire> wires = new ArrayList<>();

    static final int IFF_UP = 1;

    /** Reads the topology of {@code host}; groups more than {@code groupOver} look-alike leaf namespaces per bridge. */
    public static Topology read(Host host, int groupOver) {
        Map<String, Net> nets = new LinkedHashMap<>();
        nets.put("host", host.kernel().initNet());
        List<String> names = new ArrayList<>(host.netns().namesNewestFirst());
        names.sort(Topology::natural);
        for (String n : names) if (!nets.containsValue(host.netns().get(n))) nets.put(n, host.netns().get(n));
        Map<Net, String> nameOf = new java.util.IdentityHashMap<>();
        nets.forEach((k, v) -> nameOf.put(v, k));
        Topology t = new Topology();
        Map<String, Dev> byId = new LinkedHashMap<>();
        java.util.Set<String> pairSeen = new java.util.HashSet<>();
        for (var e : nets.entrySet()) {
            Net net = e.getValue();
            List<LinkInfo> links = host.rtnl().links(net);
            Map<Integer, String> idx = new java.util.HashMap<>();
            for (LinkInfo l : links) idx.put(l.ifindex(), l.name());
            List<AddrInfo> addrs = host.rtnl().addrs(net);
            List<Dev> devs = new ArrayList<>();
            for (LinkInfo l : links) {
                if ((l.flags() & 8) != 0) continue; // IFF_LOOPBACK: every namespace has one
                List<String> a = new ArrayList<>();
                for (AddrInfo ai : addrs) {
                    if (ai.ifindex() == l.ifindex() && ai.family() == AddrInfo.AF_INET) {
                        a.add(Inet4.format(ai.local()) + "/" + ai.prefixLen());
                    }
                }
                String kind = l.kind() == null ? "" : l.kind();
                String master = l.master() == 0 ? null : idx.get(l.master());
                String lower = null;
                if (l.link() != 0) {
                    Net peerNet = l.linkNetnsid() < 0 ? net : host.rtnl().netById(net, l.linkNetnsid());
                    String pn = peerNet == null ? null : nameOf.get(peerNet);
                    if (pn != null) {
                        for (LinkInfo pl : host.rtnl().links(peerNet)) {
                            if (pl.ifindex() == l.link()) lower = pn + ":" + pl.name();
                        }
                    }
                }
                Dev d = new Dev(e.getKey(), l.name(), kind, state(l), master, lower, a);
                devs.add(d);
                byId.put(d.id(), d);
            }
            t.boxes.add(new Box(e.getKey(), devs, null));
        }
        for (Dev d : byId.values()) {
            if (d.lower() == null) continue;
            if (d.kind().equals("veth")) {
                String key = d.id().compareTo(d.lower()) < 0 ? d.id() + "|" + d.lower() : d.lower() + "|" + d.id();
                if (pairSeen.add(key)) t.wires.add(new Wire(d.id(), d.lower(), "veth"));
            } else {
                t.wires.add(new Wire(d.id(), d.lower(), d.kind().isEmpty() ? "link" : d.kind()));
            }
        }
        t.group(byId, groupOver);
        return t;
    }

    /** UP, DOWN or NO-CARRIER as ip link's flags show them (NO-CARRIER: up but no carrier). */
    static String state(LinkInfo l) {
        if ((l.flags() & IFF_UP) == 0) return "DOWN";
        if (!l.carrier()) return "NO-CARRIER";
        return "UP";
    }

    /**
     * Leaf namespaces (one device, a veth whose peer is a port of one bridge) past {@code over} per bridge
     * become one box "first..last (N more, veth to BR)", keeping the first two drawn.
     */
    private void group(Map<String, Dev> byId, int over) {
        Map<String, List<Box>> leavesByBridge = new LinkedHashMap<>();
        for (Box b : boxes) {
            if (b.devs().size() != 1 || b.name().equals("host")) continue;
            Dev d = b.devs().get(0);
            if (!d.kind().equals("veth") || d.lower() == null) continue;
            Dev peer = byId.get(d.lower());
            if (peer == null || peer.master() == null) continue;
            leavesByBridge.computeIfAbsent(peer.ns() + ":" + peer.master(), k -> new ArrayList<>()).add(b);
        }
        for (var e : leavesByBridge.entrySet()) {
            List<Box> leaves = e.getValue();
            if (leaves.size() <= over) continue;
            List<Box> rest = leaves.subList(2, leaves.size());
            java.util.Set<String> gone = new java.util.HashSet<>();
            for (Box b : rest) gone.add(b.name());
            String br = e.getKey().substring(e.getKey().indexOf(':') + 1);
            String label = rest.get(0).name() + ".." + rest.get(rest.size() - 1).name() + " (" + rest.size()
                    + " more, veth to " + br + ")";
            int at = boxes.indexOf(rest.get(0));
            boxes.removeIf(b -> gone.contains(b.name()));
            boxes.add(Math.min(at, boxes.size()), new Box(label, List.of(), e.getKey()));
            wires.removeIf(w -> gone.contains(w.a().substring(0, w.a().indexOf(':')))
                    || gone.contains(w.b().substring(0, w.b().indexOf(':'))));
            // the bridge side: the grouped leaves' peer ports become one line "p3..p1000 veth x998 [br0]"
            java.util.Set<String> ports = new java.util.HashSet<>();
            for (Box b : rest) ports.add(b.devs().get(0).lower());
            String ns = e.getKey().substring(0, e.getKey().indexOf(':'));
            List<Dev> gonePorts = new ArrayList<>();
            for (int i = 0; i < boxes.size(); i++) {
                Box b = boxes.get(i);
                if (!b.name().equals(ns)) continue;
                List<Dev> keep = new ArrayList<>();
                for (Dev d : b.devs()) (ports.contains(d.id()) ? gonePorts : keep).add(d);
                Dev sum = new Dev(ns, gonePorts.get(0).name() + ".." + gonePorts.get(gonePorts.size() - 1).name(), "veth",
                        "x" + gonePorts.size(), br, null, List.of());
                keep.add(sum);
                boxes.set(i, new Box(b.name(), keep, null));
                wires.add(new Wire(label + ":*", sum.id(), "veth*" + rest.size()));
            }
        }
    }

    /** Compares names with digit runs as numbers (ns2 before ns10). */
    static int natural(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i), y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i, sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
                while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
                int c = new java.math.BigInteger(a.substring(si, i)).compareTo(new java.math.BigInteger(b.substring(sj, j)));
                if (c != 0) return c;
            } else {
                if (x != y) return Character.compare(x, y);
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** A device's one-line label: "veth0 veth UP 10.0.0.1/24 [br0]". */
    public static String label(Dev d) {
        StringBuilder s = new StringBuilder(d.name());
        if (!d.kind().isEmpty()) s.append(' ').append(d.kind());
        s.append(' ').append(d.state());
        for (String a : d.addrs()) s.append(' ').append(a);
        if (d.master() != null) s.append(" [").append(d.master()).append(']');
        return s.toString();
    }
}
